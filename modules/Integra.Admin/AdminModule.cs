using Integra.Core.Modules;

namespace Integra.Admin;

public sealed class AdminModule : IModule
{
    public ModuleManifest Manifest { get; } = new(
        "Integra.Admin",
        "Administration",
        "The admin dashboard, features and phases, the audit log and site settings.",
        "Platform",
        [new FeatureManifest("Integra.Admin", "Administration", "Dashboard, features, phases, audit log and site settings.", typeof(AdminStartup)) { AlwaysEnabled = true }]);
}
