using Integra.Core.Modules;

namespace Integra.Media;

public sealed class MediaModule : IModule
{
    public const string Id = "Integra.Media";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Media library",
        "Images and documents checked by their content, in folders, with alt text and responsive image sizes.",
        "Content",
        [new FeatureManifest(Id, "Media library", "Upload, organise, pick and serve images, PDF and Word documents.", typeof(MediaStartup)) { EnabledByDefault = true }])
    {
        Dependencies = ["Integra.Users"],
    };
}
