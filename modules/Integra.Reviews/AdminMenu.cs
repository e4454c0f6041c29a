using Integra.Applications;
using Integra.Core.Navigation;

namespace Integra.Reviews;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Applications", "Reviews and decisions", "/admin/reviews/calls", Permissions.ViewApplications, 40),
        new("Applications", "Appeals", "/admin/reviews/appeals", Permissions.DecideAppeals, 50),
        new("Applications", "My evaluations", "/admin/reviews/mine", Permissions.EvaluateApplications, 60),
    ];
}
