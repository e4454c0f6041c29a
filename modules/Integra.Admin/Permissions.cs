using Integra.Core.Security;

namespace Integra.Admin;

public sealed class Permissions : IPermissionProvider
{
    public const string AccessAdmin = nameof(AccessAdmin);
    public const string ManageFeatures = nameof(ManageFeatures);
    public const string ViewAuditLog = nameof(ViewAuditLog);
    public const string ManageSettings = nameof(ManageSettings);

    private const string Category = "Administration";

    private static readonly Permission AccessAdminPermission = new(AccessAdmin, "Open the admin dashboard", Category);
    private static readonly Permission ManageFeaturesPermission = new(ManageFeatures, "Enable and disable features, edit and apply phases", Category);
    private static readonly Permission ViewAuditLogPermission = new(ViewAuditLog, "Read and export the audit log", Category);
    private static readonly Permission ManageSettingsPermission = new(ManageSettings, "Edit the site settings", Category);

    public IEnumerable<Permission> GetPermissions() =>
        [AccessAdminPermission, ManageFeaturesPermission, ViewAuditLogPermission, ManageSettingsPermission];

    /// <summary>Every staff member can reach the dashboard; what they see beyond it depends on their other permissions.</summary>
    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
        Roles.Staff.Where(role => role != Roles.Administrator).Select(role => (role, (IEnumerable<Permission>)[AccessAdminPermission]));
}
