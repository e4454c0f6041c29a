namespace Integra.Media.Services;

/// <summary>Public URLs of media files, for other modules' views and templates.</summary>
public interface IMediaUrls
{
    /// <summary><c>/media/{path}</c>, or the resized copy <c>/media/{path}?w={width}</c> for one of <see cref="MediaUrls.Widths"/>.</summary>
    string Url(string path, int? width = null);

    /// <summary>A <c>srcset</c> value listing every responsive width of an image.</summary>
    string SrcSet(string path);
}
