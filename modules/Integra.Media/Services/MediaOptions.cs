namespace Integra.Media.Services;

/// <summary>Configuration section <c>Integra:Media</c>.</summary>
public sealed class MediaOptions
{
    public const long Megabyte = 1024 * 1024;

    public long MaxImageBytes { get; set; } = 10 * Megabyte;

    public long MaxDocumentBytes { get; set; } = 20 * Megabyte;

    /// <summary>
    /// What the server reads of an upload request: a little above the largest file allowed, so that a file just
    /// over its limit still arrives and is refused by the library with a message that names the limit.
    /// </summary>
    public long RequestLimit => Math.Max(MaxImageBytes, MaxDocumentBytes) + Megabyte;
}
