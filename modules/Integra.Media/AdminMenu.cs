using Integra.Core.Navigation;

namespace Integra.Media;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Content", "Media", "/admin/media", Permissions.ManageMedia, 20)];
}
