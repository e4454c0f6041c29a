using Integra.Contents.Services;
using Integra.Media.Models;
using Integra.Media.Services;

namespace Integra.Cms.Services;

/// <summary>
/// Tells the media library which content items use a file (main image, media fields, images in the body), so
/// that deleting it warns first. Only consulted while the media library is on; the website works without it.
/// </summary>
public sealed class ContentMediaUsages(IContentManager contents) : IMediaUsageProvider
{
    public async Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(string path, CancellationToken cancellationToken)
    {
        var items = await contents.FindReferencingAsync(path, cancellationToken);
        return items
            .OrderBy(i => i.DisplayText, StringComparer.CurrentCulture)
            .Select(i => new MediaUsage($"{i.DisplayText} ({i.Culture})", $"/admin/contents/{i.ContentItemId}/edit"))
            .ToList();
    }
}
