using Integra.Core.Modules;

namespace Integra.Templates;

public sealed class TemplatesModule : IModule
{
    public const string Id = "Integra.Templates";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Templates",
        "Liquid templates that display content: defaults from modules, overrides from the theme, edits in the admin.",
        "Content",
        [new FeatureManifest(Id, "Templates", "Liquid templates, editable in the admin with syntax check and preview.", typeof(TemplatesStartup)) { EnabledByDefault = true }]);
}
