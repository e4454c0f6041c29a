using System.Globalization;
using Integra.Media.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Integra.Media.Controllers;

/// <summary>
/// Serves the library's files to everyone at <c>/media/{path}</c>, and images' resized copies at
/// <c>?w=320|640|1024|1600</c>. Only files that passed the upload checks are in the media folder.
/// </summary>
[Area(MediaModule.Id)]
[AllowAnonymous]
public sealed class MediaController(MediaStorage storage, ImageVariants variants) : Controller
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromDays(365);

    [HttpGet("/media/{**path}")]
    [HttpHead("/media/{**path}")]
    public async Task<IActionResult> Serve(string? path, [FromQuery(Name = "w")] int? width, CancellationToken cancellationToken)
    {
        if (!MediaPaths.TryParse(path, out _, out var fileName) || MediaTypes.ByExtension(Path.GetExtension(fileName)) is not { } type)
        {
            return NotFound();
        }

        var file = storage.FilePath(path!);
        if (!System.IO.File.Exists(file) || (width is { } w && !MediaUrls.Widths.Contains(w)))
        {
            return NotFound();
        }

        if (width is { } requested && type.HasVariants)
        {
            file = await variants.GetAsync(path!, type, requested, cancellationToken);
        }

        var info = new FileInfo(file);
        var etag = new EntityTagHeaderValue("\"" + info.Length.ToString("x", CultureInfo.InvariantCulture) + "-" + info.LastWriteTimeUtc.Ticks.ToString("x", CultureInfo.InvariantCulture) + "\"");
        var headers = Response.Headers;
        headers.CacheControl = "public, max-age=" + ((int)CacheFor.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers.XContentTypeOptions = "nosniff";
        if (type.IsAttachment)
        {
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        }

        return PhysicalFile(file, type.ContentType, info.LastWriteTimeUtc, etag, enableRangeProcessing: true);
    }
}
