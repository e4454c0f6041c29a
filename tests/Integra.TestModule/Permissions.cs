using Integra.Core.Security;

namespace Integra.TestModule;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageNotices = "ManageNotices";

    public static readonly Permission ManageNoticesPermission = new(ManageNotices, "Manage notices", "Notice board");

    public IEnumerable<Permission> GetPermissions() => [ManageNoticesPermission];
}
