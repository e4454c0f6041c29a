using Integra.Core.Navigation;

namespace Integra.Admin;

public sealed class AdminMenu : IAdminMenuProvider
{
    public const string Configuration = "Configuration";
    public const string Security = "Security";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(Configuration, "Features", "/admin/features", Permissions.ManageFeatures, 900),
        new(Configuration, "Phases", "/admin/phases", Permissions.ManageFeatures, 910),
        new(Configuration, "Settings", "/admin/settings", Permissions.ManageSettings, 920),
        new(Security, "Audit log", "/admin/audit", Permissions.ViewAuditLog, 950),
    ];
}
