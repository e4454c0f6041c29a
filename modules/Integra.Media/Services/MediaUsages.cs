using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Media.Models;

namespace Integra.Media.Services;

/// <summary>Asks every enabled feature's <see cref="IMediaUsageProvider"/> where a file is used.</summary>
public sealed class MediaUsages(FeatureContributions contributions, FeatureState state, IServiceProvider services)
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(string path, CancellationToken cancellationToken)
    {
        var usages = new List<MediaUsage>();
        foreach (var provider in contributions.Enabled<IMediaUsageProvider>(state, services))
        {
            usages.AddRange(await provider.FindUsagesAsync(path, cancellationToken));
        }

        return usages.Distinct().OrderBy(u => u.Title, StringComparer.CurrentCulture).ToList();
    }
}
