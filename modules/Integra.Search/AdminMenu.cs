using Integra.Core.Navigation;

namespace Integra.Search;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new AdminMenuItem("Content", "Search", "/admin/search", Permissions.ManageSearch, 80)];
}
