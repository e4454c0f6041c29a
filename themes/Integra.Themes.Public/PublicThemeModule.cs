using Integra.Core.Modules;

namespace Integra.Themes.Public;

public sealed class PublicThemeModule : IModule
{
    public ModuleManifest Manifest { get; } = new(
        "Integra.Themes.Public",
        "Public theme",
        "The public site's layout: accessible navigation, language switcher, footer with donor and partners.",
        "Themes",
        [new FeatureManifest("Integra.Themes.Public", "Public theme", "Layout of the public site.", typeof(PublicThemeStartup)) { AlwaysEnabled = true }]);
}

public sealed class PublicThemeStartup : FeatureStartup;
