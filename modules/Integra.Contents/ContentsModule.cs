using Integra.Core.Modules;

namespace Integra.Contents;

public sealed class ContentsModule : IModule
{
    public const string Id = "Integra.Contents";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Contents",
        "Versioned, translatable content items (JSON documents with typed index columns), their editor, history and schedule.",
        "Content",
        [new FeatureManifest(Id, "Contents", "Content items, the content editor, versions and scheduled publishing.", typeof(ContentsStartup)) { AlwaysEnabled = true }])
    {
        Dependencies = ["Integra.Users"],
    };
}
