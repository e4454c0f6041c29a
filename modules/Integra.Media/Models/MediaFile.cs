namespace Integra.Media.Models;

/// <summary>A stored file. <see cref="Path"/> (folder and file name, e.g. <c>news/2026/visit.jpg</c>) is how other modules refer to it.</summary>
public sealed class MediaFile
{
    public long Id { get; set; }
    public required string Path { get; set; }

    /// <summary>Empty for the library's root.</summary>
    public required string Folder { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>JSON map of culture to alt text; see <see cref="AltTexts"/>.</summary>
    public string? AltText { get; set; }
    public string? UploadedBy { get; set; }
    public DateTime UploadedUtc { get; set; }
    public required string Sha256 { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
