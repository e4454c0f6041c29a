using Integra.Media.Models;

namespace Integra.Media.Services;

/// <summary>
/// Tells the media library where a file is used, so that deleting it first warns with a list. Modules that
/// refer to media contribute one: <c>feature.Contribute&lt;IMediaUsageProvider, MyUsages&gt;()</c>.
/// </summary>
public interface IMediaUsageProvider
{
    /// <param name="path">The media path, as stored (e.g. <c>news/visit.jpg</c>), without <c>/media/</c>.</param>
    Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(string path, CancellationToken cancellationToken);
}
