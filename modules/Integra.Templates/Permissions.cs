using Integra.Core.Security;

namespace Integra.Templates;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageTemplates = nameof(ManageTemplates);

    private static readonly Permission ManageTemplatesPermission = new(ManageTemplates, "Edit, preview and reset the site's Liquid templates", "Content");

    public IEnumerable<Permission> GetPermissions() => [ManageTemplatesPermission];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
        [(Roles.Editor, [ManageTemplatesPermission])];
}
