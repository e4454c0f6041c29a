using Integra.Core.Navigation;

namespace Integra.TestModule;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new AdminMenuItem("Content", "Notices", "/admin/notices", Permissions.ManageNotices, 50)];
}
