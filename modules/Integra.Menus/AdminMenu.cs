using Integra.Core.Navigation;

namespace Integra.Menus;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Content", "Menus", "/admin/menus", Permissions.ManageMenus, 310)];
}
