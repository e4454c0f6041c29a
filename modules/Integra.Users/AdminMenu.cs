using Integra.Core.Navigation;

namespace Integra.Users;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Security", "Users", "/admin/users", Permissions.ManageUsers, 10),
        new("Security", "Roles", "/admin/roles", Permissions.ManageRoles, 20),
    ];
}
