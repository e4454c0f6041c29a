using Integra.Core.Modules;
using Integra.Media.Models;
using Integra.Media.Services;

namespace Integra.Tests.Integration.Media;

/// <summary>
/// Stands in for a module that uses media (the contents module, in the shipped site): it reports every file
/// whose name starts with "in-use" as used by one news article. Off on a fresh install.
/// </summary>
public sealed class MediaUsageFixtureModule : IModule
{
    public const string Id = "Integra.Tests.MediaUsages";
    public const string UsageTitle = "News: The minister visits the Prizren training centre";
    public const string UsageUrl = "/admin/contents/42/edit";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Test media usages",
        "A fixture of the media tests.",
        "Test fixtures",
        [new FeatureManifest(Id, "Test media usages", "Says that files named in-use… are used.", typeof(MediaUsageFixtureStartup))])
    {
        Dependencies = ["Integra.Media"],
    };
}

public sealed class MediaUsageFixtureStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature) => feature.Contribute<IMediaUsageProvider, FixtureMediaUsages>();
}

public sealed class FixtureMediaUsages : IMediaUsageProvider
{
    public Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MediaUsage>>(Path.GetFileName(path).StartsWith("in-use", StringComparison.Ordinal)
            ? [new MediaUsage(MediaUsageFixtureModule.UsageTitle, MediaUsageFixtureModule.UsageUrl)]
            : []);
}
