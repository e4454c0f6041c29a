using Integra.Core.Security;

namespace Integra.Users;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageUsers = "ManageUsers";
    public const string ManageRoles = "ManageRoles";

    private const string Category = "Security";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ManageUsers, "Invite users, assign their roles, lock and unlock accounts", Category),
        new(ManageRoles, "Grant permissions to roles", Category),
    ];
}
