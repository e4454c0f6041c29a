using SkiaSharp;

namespace Integra.Media.Services;

/// <summary>
/// Resized copies of images at the responsive widths, made once with SkiaSharp and kept on disk, so that
/// every later request is a plain file read.
/// </summary>
public sealed class ImageVariants(MediaStorage storage)
{
    /// <summary>Images beyond this many pixels are refused: decoding one would take gigabytes of memory.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The upright size of an image, or null if SkiaSharp cannot read it.</summary>
    public static SKSizeI? Inspect(string file)
    {
        using var codec = SKCodec.Create(file);
        if (codec is null)
        {
            return null;
        }

        var info = codec.Info;
        return IsQuarterTurn(codec.EncodedOrigin) ? new SKSizeI(info.Height, info.Width) : new SKSizeI(info.Width, info.Height);
    }

    /// <summary>
    /// The file to serve for the image at this width: its cached copy, made now if it is not there yet; or the
    /// original itself when the image is not wider than asked (images are never enlarged).
    /// </summary>
    public async Task<string> GetAsync(string path, MediaType type, int width, CancellationToken cancellationToken)
    {
        var cached = storage.VariantPath(path, width);
        if (File.Exists(cached))
        {
            return cached;
        }

        var original = storage.FilePath(path);
        using var image = DecodeUpright(original);
        if (image is null || image.Width <= width)
        {
            return original;
        }

        var height = Math.Max(1, (int)Math.Round(image.Height * (double)width / image.Width));
        using var resized = image.Resize(new SKImageInfo(width, height, image.ColorType, image.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var encoded = resized.Encode(Format(type), type == MediaTypes.Png ? 100 : 82);

        // Written aside and renamed into place: a request running alongside never reads a half-written copy.
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        var temp = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = File.Create(temp))
        {
            await file.WriteAsync(encoded.AsSpan().ToArray(), cancellationToken);
        }

        File.Move(temp, cached, overwrite: true);
        return cached;
    }

    private static SKEncodedImageFormat Format(MediaType type) =>
        type == MediaTypes.Png ? SKEncodedImageFormat.Png
        : type == MediaTypes.WebP ? SKEncodedImageFormat.Webp
        : SKEncodedImageFormat.Jpeg;

    private static bool IsQuarterTurn(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Decodes the image turned the way cameras meant it (EXIF orientation), since the copies carry no EXIF.</summary>
    private static SKBitmap? DecodeUpright(string file)
    {
        using var codec = SKCodec.Create(file);
        if (codec is null)
        {
            return null;
        }

        var decoded = SKBitmap.Decode(codec);
        var origin = codec.EncodedOrigin;
        if (decoded is null || origin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        float w = decoded.Width, h = decoded.Height;
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        };
        var upright = IsQuarterTurn(origin)
            ? new SKBitmap(decoded.Height, decoded.Width, decoded.ColorType, decoded.AlphaType)
            : new SKBitmap(decoded.Width, decoded.Height, decoded.ColorType, decoded.AlphaType);
        using (var canvas = new SKCanvas(upright))
        {
            canvas.SetMatrix(matrix);
            canvas.DrawBitmap(decoded, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }

        decoded.Dispose();
        return upright;
    }
}
