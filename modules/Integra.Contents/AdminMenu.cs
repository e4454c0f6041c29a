using Integra.Core.Navigation;

namespace Integra.Contents;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new AdminMenuItem("Content", "Content items", "/admin/contents", Permissions.ListContent, 10)];
}
