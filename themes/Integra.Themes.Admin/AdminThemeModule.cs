using Integra.Core.Modules;

namespace Integra.Themes.Admin;

public sealed class AdminThemeModule : IModule
{
    public ModuleManifest Manifest { get; } = new(
        "Integra.Themes.Admin",
        "Admin theme",
        "The admin shell: a menu composed from enabled features and filtered by the user's permissions.",
        "Themes",
        [new FeatureManifest("Integra.Themes.Admin", "Admin theme", "Layout of the admin screens.", typeof(AdminThemeStartup)) { AlwaysEnabled = true }])
    {
        Dependencies = ["Integra.Themes.Public"],
    };
}

public sealed class AdminThemeStartup : FeatureStartup;
