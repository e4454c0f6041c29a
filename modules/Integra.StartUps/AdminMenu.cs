using Integra.Core.Navigation;

namespace Integra.StartUps;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Component 2", "Beneficiaries", "/admin/startups/beneficiaries", Permissions.ViewStartUps, 20),
    ];
}
