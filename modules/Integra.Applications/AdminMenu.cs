using Integra.Core.Navigation;

namespace Integra.Applications;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Programme", "Calls", "/admin/applications/calls", Permissions.ManageCallSetup, 10),
        new("Programme", "Application e-mails", "/admin/applications/messages", Permissions.ManageCallSetup, 90),
    ];
}
