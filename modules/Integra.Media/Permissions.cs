using Integra.Core.Security;

namespace Integra.Media;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageMedia = nameof(ManageMedia);

    private static readonly Permission ManageMediaPermission = new(ManageMedia, "Upload, organise and delete media files", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageMediaPermission];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
        [(Roles.Editor, [ManageMediaPermission])];
}
