using Integra.Core.Modules;

namespace Integra.Cms;

public sealed class CmsModule : IModule
{
    public const string Id = "Integra.Cms";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Website",
        "The public website: INTEGRA's content types, home, news, calls, components, municipalities, contact, feeds and sitemap.",
        "Content",
        [new FeatureManifest(Id, "Website", "Public pages, seed content in four languages, feeds, sitemap and output caching.", typeof(CmsStartup)) { EnabledByDefault = true }])
    {
        Dependencies = ["Integra.Contents", "Integra.Templates"],
    };
}
