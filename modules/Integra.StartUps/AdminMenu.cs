using Integra.Core.Navigation;

namespace Integra.StartUps;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Component 2", "Beneficiaries", "/admin/startups/beneficiaries", Permissions.ViewStartUps, 20),
        new("Component 2", "Component 2 calls", "/admin/startups/calls", Permissions.ManageBeneficiaries, 10),
        new("Component 2", "Training", "/admin/startups/training", Permissions.ManageTraining, 30),
        new("Component 2", "Component 2 dashboard", "/admin/startups", Permissions.ViewStartUps, 5),
        new("Component 2", "Grants and equipment", "/admin/startups/grants", Permissions.ViewStartUps, 40),
        new("Component 2", "Asset register", "/admin/startups/assets", Permissions.ViewStartUps, 45),
        new("Component 2", "Monitoring visits", "/admin/startups/visits", Permissions.ViewStartUps, 50),
    ];
}
