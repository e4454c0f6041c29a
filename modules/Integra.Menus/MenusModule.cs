using Integra.Core.Modules;

namespace Integra.Menus;

public sealed class MenusModule : IModule
{
    public const string Id = "Integra.Menus";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Menus",
        "The public site's main and footer menus, per language, edited in the admin.",
        "Content",
        [new FeatureManifest(Id, "Menus", "Main and footer menus per language.", typeof(MenusStartup)) { EnabledByDefault = true }]);
}
