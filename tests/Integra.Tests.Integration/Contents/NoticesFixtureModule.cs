using Integra.Contents;
using Integra.Contents.Models;
using Integra.Core.Modules;

namespace Integra.Tests.Integration.Contents;

/// <summary>
/// A content type for the content tests, so they need no website module: a notice with every standard part
/// and a few fields. Off on a fresh install; tests enable it.
/// </summary>
public sealed class NoticesFixtureModule : IModule
{
    public const string Feature = "Integra.Tests.Notices";
    public const string Type = "Notice";
    public const string RoutePrefix = "notices";

    public ModuleManifest Manifest { get; } = new(
        Feature,
        "Test notices",
        "A content type of the content tests.",
        "Test fixtures",
        [new FeatureManifest(Feature, "Test notices", "The Notice content type.", typeof(NoticesFixtureStartup))])
    {
        Dependencies = ["Integra.Contents"],
    };
}

public sealed class NoticesFixtureStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature) => feature.AddContentTypes<NoticeContentTypes>();
}

public sealed class NoticeContentTypes : IContentTypeProvider
{
    public IEnumerable<ContentTypeDefinition> GetContentTypes() =>
    [
        new(NoticesFixtureModule.Type, "Notice", ContentParts.Standard)
        {
            RoutePrefix = NoticesFixtureModule.RoutePrefix,
            Fields =
            [
                new ContentFieldDefinition("Location", "Location", ContentFieldKind.Text) { MaxLength = 100 },
                new ContentFieldDefinition("Details", "Details", ContentFieldKind.Html),
                new ContentFieldDefinition("Audience", "Audience", ContentFieldKind.Choice) { Options = ["Everyone", "Youth", "Women"] },
            ],
        },
    ];
}
