using Integra.Core.Navigation;

namespace Integra.Templates;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Content", "Templates", "/admin/templates", Permissions.ManageTemplates, 300)];
}
