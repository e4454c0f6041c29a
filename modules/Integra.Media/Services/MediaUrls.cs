using System.Globalization;

namespace Integra.Media.Services;

public sealed class MediaUrls : IMediaUrls
{
    /// <summary>The only widths served: a fixed set keeps the cache small and cannot be used to fill the disk.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1024, 1600];

    public const string Prefix = "/media/";

    public string Url(string path, int? width = null)
    {
        var url = Prefix + string.Join('/', path.Trim('/').Split('/').Select(Uri.EscapeDataString));
        if (width is not { } w)
        {
            return url;
        }

        return Widths.Contains(w)
            ? url + "?w=" + w.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(width), width, "Media are resized to " + string.Join(", ", Widths) + " pixels only.");
    }

    public string SrcSet(string path) =>
        string.Join(", ", Widths.Select(w => Url(path, w) + " " + w.ToString(CultureInfo.InvariantCulture) + "w"));
}
