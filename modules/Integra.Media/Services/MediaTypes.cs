using System.IO.Compression;

namespace Integra.Media.Services;

/// <summary>A kind of file the library accepts.</summary>
public sealed record MediaType(string Name, string ContentType, IReadOnlyList<string> Extensions, bool IsImage)
{
    /// <summary>The browser should save it rather than open it.</summary>
    public bool IsAttachment => !IsImage && ContentType != MediaTypes.Pdf.ContentType;

    /// <summary>SkiaSharp can write resized copies of it (it has no GIF encoder).</summary>
    public bool HasVariants => IsImage && this != MediaTypes.Gif;
}

/// <summary>
/// Recognises the accepted kinds of file by their first bytes (and, for Word, by the parts inside the ZIP),
/// never by their name: a renamed executable is not a PDF.
/// </summary>
public static class MediaTypes
{
    public static readonly MediaType Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"], true);
    public static readonly MediaType Png = new("PNG", "image/png", [".png"], true);
    public static readonly MediaType WebP = new("WebP", "image/webp", [".webp"], true);
    public static readonly MediaType Gif = new("GIF", "image/gif", [".gif"], true);
    public static readonly MediaType Pdf = new("PDF", "application/pdf", [".pdf"], false);
    public static readonly MediaType Docx = new("Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], false);

    public static readonly IReadOnlyList<MediaType> All = [Jpeg, Png, WebP, Gif, Pdf, Docx];

    public static MediaType? ByExtension(string extension) =>
        All.FirstOrDefault(t => t.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));

    /// <summary>The accepted type the content is, or null.</summary>
    public static MediaType? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[12];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length == 12 && head.StartsWith("RIFF"u8) && head[8..].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        return head.StartsWith("PK\x03\x04"u8) && IsWordDocument(content) ? Docx : null;
    }

    /// <summary>Reads only the ZIP's directory: the parts are never decompressed, so a ZIP bomb costs nothing.</summary>
    private static bool IsWordDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Any(e => e.FullName == "[Content_Types].xml")
                && zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
