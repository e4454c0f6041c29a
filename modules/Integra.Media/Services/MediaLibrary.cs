using System.Globalization;
using System.Security.Cryptography;
using Integra.Core.Audit;
using Integra.Core.Localization;
using Integra.Media.Data;
using Integra.Media.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Integra.Media.Services;

/// <summary>What the admin screens do with media: list, upload (checked before anything is kept), create folders, delete.</summary>
public sealed class MediaLibrary(
    MediaDbContext db,
    MediaStorage storage,
    IOptions<MediaOptions> options,
    AuditLog audit,
    TimeProvider clock,
    IHttpContextAccessor http,
    IStringLocalizer<MediaLibrary> T)
{
    public const string AuditModule = "Media";

    /// <summary>Cultures whose alt text staff write; Serbian Cyrillic is transliterated from Serbian Latin.</summary>
    public static readonly IReadOnlyList<string> AltCultures = [Cultures.Albanian, Cultures.English, Cultures.SerbianLatin];

    public Task<List<MediaFile>> FilesAsync(string folder, CancellationToken cancellationToken) =>
        db.Files.AsNoTracking().Where(f => f.Folder == folder).OrderBy(f => f.FileName).ToListAsync(cancellationToken);

    public Task<MediaFile?> FindAsync(string path, CancellationToken cancellationToken) =>
        db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Path == path, cancellationToken);

    /// <summary>Creates a sub-folder; returns the problem in the staff member's language, or null.</summary>
    public async Task<string?> CreateFolderAsync(string parent, string? name, CancellationToken cancellationToken)
    {
        var clean = name?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!MediaPaths.IsValidFolderName(clean))
        {
            return T["A folder name uses letters a–z, digits, hyphens and underscores, starts with a letter or digit and has at most {0} characters.", MediaPaths.MaxFolderNameLength];
        }

        var folder = MediaPaths.Combine(parent, clean);
        if (MediaPaths.NormalizeFolder(folder) is null)
        {
            return T["Folders can be nested at most {0} levels deep.", MediaPaths.MaxFolderDepth];
        }

        if (storage.FolderExists(folder))
        {
            return T["There is already a folder “{0}” here.", clean];
        }

        storage.CreateFolder(folder);
        await audit.WriteAsync(AuditModule, "Media folder created", folder, cancellationToken: cancellationToken);
        return null;
    }

    /// <summary>
    /// Checks an upload by its content, size and alt text; only a file that passes every check is moved into
    /// the library and recorded. On refusal, the problems in the staff member's language; nothing is kept.
    /// </summary>
    public async Task<UploadResult> UploadAsync(string folder, IFormFile? upload, IReadOnlyDictionary<string, string?> altTexts, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            return UploadResult.Refused(T["Choose a file to upload."]);
        }

        var limits = options.Value;
        var temp = storage.NewTempFile();
        try
        {
            string sha256;
            long size;
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await using (var source = upload.OpenReadStream())
            {
                (sha256, size) = await CopyAsync(source, target, limits.RequestLimit, cancellationToken);

                // On the disk before the row that lists it commits: the library never names a file a power cut took.
                target.Flush(flushToDisk: true);
            }

            var problems = new List<string>();
            var shownName = Path.GetFileName(upload.FileName.Replace('\\', '/'));
            MediaType? type;
            await using (var content = File.OpenRead(temp))
            {
                type = MediaTypes.Detect(content);
            }

            if (type is null)
            {
                return UploadResult.Refused(T["“{0}” is not a file type the library accepts: its content is not a JPEG, PNG, WebP or GIF image, a PDF or a Word (DOCX) document, whatever its name says.", shownName]);
            }

            var extension = Path.GetExtension(shownName).ToLowerInvariant();
            if (!type.Extensions.Contains(extension))
            {
                problems.Add(T["“{0}” contains a {1} file but its name ends in “{2}”. Rename it to end in {3} and upload it again.", shownName, type.Name, extension, type.Extensions[0]]);
            }

            var max = type.IsImage ? limits.MaxImageBytes : limits.MaxDocumentBytes;
            if (size > max)
            {
                problems.Add(type.IsImage
                    ? T["The image is {0} MB; images may be at most {1} MB. Make it smaller and upload it again.", Megabytes(size), Megabytes(max)]
                    : T["The document is {0} MB; documents may be at most {1} MB.", Megabytes(size), Megabytes(max)]);
            }

            int? width = null, height = null;
            if (type.IsImage)
            {
                var dimensions = size <= max ? ImageVariants.Inspect(temp) : null;
                if (size <= max && dimensions is null)
                {
                    problems.Add(T["“{0}” could not be read as an image.", shownName]);
                }
                else if (dimensions is { } d && (long)d.Width * d.Height > ImageVariants.MaxPixels)
                {
                    problems.Add(T["The image is {0} × {1} pixels; images may have at most 50 million pixels.", d.Width, d.Height]);
                }

                (width, height) = (dimensions?.Width, dimensions?.Height);
            }

            var alts = AltCultures
                .Select(c => (Culture: c, Text: altTexts.GetValueOrDefault(c)?.Trim()))
                .Where(a => !string.IsNullOrEmpty(a.Text))
                .ToDictionary(a => a.Culture, a => a.Text!);
            if (type.IsImage && !alts.ContainsKey(Cultures.Default))
            {
                problems.Add(T["Alt text is required for images: describe what the image shows for people who cannot see it."]);
            }

            if (alts.Values.Any(a => a.Length > 500))
            {
                problems.Add(T["Alt text may have at most 500 characters."]);
            }

            if (problems.Count > 0)
            {
                return new UploadResult(null, problems);
            }

            var file = new MediaFile
            {
                Folder = folder,
                FileName = string.Empty,
                Path = string.Empty,
                ContentType = type.ContentType,
                Size = size,
                Width = width,
                Height = height,
                AltText = AltTexts.Serialize(alts),
                UploadedBy = http.HttpContext?.User.Identity?.Name,
                UploadedUtc = clock.GetUtcNow().UtcDateTime,
                Sha256 = sha256,
            };
            await MoveIntoLibraryAsync(temp, file, MediaPaths.SanitizeFileName(shownName, extension), cancellationToken);
            return new UploadResult(file, []);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task DeleteAsync(MediaFile file, CancellationToken cancellationToken)
    {
        await db.Files.Where(f => f.Id == file.Id).ExecuteDeleteAsync(cancellationToken);
        storage.Delete(file.Path);
        await audit.WriteAsync(AuditModule, "Media deleted", file.Path, $"{file.ContentType}, {file.Size} bytes, SHA-256 {file.Sha256}", cancellationToken);
    }

    /// <summary>Moves the checked file to its place under a free name (photo.jpg, photo-2.jpg, …) and records it.</summary>
    private async Task MoveIntoLibraryAsync(string temp, MediaFile file, string fileName, CancellationToken cancellationToken)
    {
        storage.CreateFolder(file.Folder);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? fileName : MediaPaths.WithSuffix(fileName, n);
            var path = MediaPaths.Combine(file.Folder, candidate);
            if (await db.Files.AnyAsync(f => f.Path == path, cancellationToken))
            {
                continue;
            }

            try
            {
                File.Move(temp, storage.FilePath(path), overwrite: false);
            }
            catch (IOException) when (File.Exists(storage.FilePath(path)))
            {
                continue;
            }

            file.FileName = candidate;
            file.Path = path;
            break;
        }

        try
        {
            db.Files.Add(file);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The row is what makes a file part of the library: without it, the file must not stay either.
            File.Delete(storage.FilePath(file.Path));
            throw;
        }

        await audit.WriteAsync(AuditModule, "Media uploaded", file.Path, $"{file.ContentType}, {file.Size} bytes, SHA-256 {file.Sha256}", cancellationToken);
    }

    private static async Task<(string Sha256, long Size)> CopyAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > limit)
            {
                // The form limit stops bigger uploads before they get here; this keeps the disk safe regardless.
                throw new InvalidDataException("The upload is larger than the request limit.");
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private static string Megabytes(long bytes) => (bytes / (double)MediaOptions.Megabyte).ToString("0.#", CultureInfo.CurrentCulture);
}

public sealed record UploadResult(MediaFile? File, IReadOnlyList<string> Problems)
{
    public static UploadResult Refused(string problem) => new(null, [problem]);
}
