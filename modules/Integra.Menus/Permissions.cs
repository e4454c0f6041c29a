using Integra.Core.Security;

namespace Integra.Menus;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageMenus = nameof(ManageMenus);

    private static readonly Permission ManageMenusPermission = new(ManageMenus, "Edit the public site's menus", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageMenusPermission];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
        [(Roles.Editor, [ManageMenusPermission])];
}
