using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Core.Hosting;
using Integra.Media.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Applications.Services;

/// <summary>
/// The documents applicants upload: PDF, JPG, PNG or Word, recognised by their content, within a per-file and a
/// per-application limit. Stored under the app data folder (never under the web root) and served only through
/// the application's pages. A file's row and its bytes are written together: a failed upload leaves neither.
/// </summary>
public sealed partial class ApplicationFiles(
    ApplicationsDbContext db,
    AppDataFolder appData,
    IOptions<ApplyingOptions> options,
    TimeProvider clock,
    ApplyingWriteGate gate,
    IStringLocalizer<ApplicationFiles> T,
    ILogger<ApplicationFiles> logger)
{
    public static readonly IReadOnlyList<MediaType> Accepted = [MediaTypes.Pdf, MediaTypes.Jpeg, MediaTypes.Png, MediaTypes.Docx];

    /// <summary>For the file input's <c>accept</c>: what the picker offers first.</summary>
    public static string AcceptAttribute => string.Join(",", Accepted.SelectMany(t => t.Extensions));

    public string PathOf(ApplicationFile file) => appData.Combine("applications", file.ApplicationId.ToString(CultureInfo.InvariantCulture), file.StoredName);

    public Task<List<ApplicationFile>> OfAsync(long applicationId, CancellationToken cancellationToken) =>
        db.Files.Where(f => f.ApplicationId == applicationId).OrderBy(f => f.Id).ToListAsync(cancellationToken);

    public Task<ApplicationFile?> FindAsync(long applicationId, long fileId, CancellationToken cancellationToken) =>
        db.Files.FirstOrDefaultAsync(f => f.ApplicationId == applicationId && f.Id == fileId, cancellationToken);

    /// <summary>Stores the upload for <paramref name="field"/> and lists it in the answers; or says, in the applicant's language, why not.</summary>
    public async Task<string?> UploadAsync(Application application, FormField field, IFormFile upload, string? userId, string culture, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var label = field.Label.For(culture);
        var answers = Answers.Parse(application.AnswersJson);
        var current = answers.Values(field.Key);
        if (current.Count >= field.MaxFiles)
        {
            return T["{0}: at most {1} file(s); remove one to add another.", label, field.MaxFiles];
        }

        if (upload.Length == 0)
        {
            return T["{0}: the file is empty.", label];
        }

        if (upload.Length > limits.MaxFileBytes)
        {
            return T["{0}: the file is {1} MB; a file may be at most {2} MB.", label, Megabytes(upload.Length), Megabytes(limits.MaxFileBytes)];
        }

        var used = await db.Files.Where(f => f.ApplicationId == application.Id).SumAsync(f => (long?)f.Size, cancellationToken) ?? 0;
        if (used + upload.Length > limits.MaxTotalBytes)
        {
            return T["{0}: all files of an application together may be at most {1} MB; {2} MB are used.", label, Megabytes(limits.MaxTotalBytes), Megabytes(used)];
        }

        var temporary = appData.Combine("applications", "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        string? final = null;
        try
        {
            string sha256;
            MediaType? type;
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
            {
                await using (var source = upload.OpenReadStream())
                {
                    sha256 = await CopyAsync(source, target, limits.MaxFileBytes, cancellationToken);
                }

                type = MediaTypes.Detect(target);

                // On the disk before the row that lists it commits: a receipt never names a file a power cut took.
                target.Flush(flushToDisk: true);
            }

            var extension = Path.GetExtension(upload.FileName);
            if (type is null || !Accepted.Contains(type) || !type.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return T["{0}: this file is not a PDF, JPG, PNG or Word (DOCX) document, or its content does not match its name ({1}).", label, SafeName(upload.FileName)];
            }

            var file = new ApplicationFile
            {
                ApplicationId = application.Id,
                FieldKey = field.Key,
                FileName = SafeName(upload.FileName),
                ContentType = type.ContentType,
                Size = upload.Length,
                Sha256 = sha256,
                StoredName = Guid.NewGuid().ToString("N") + type.Extensions[0],
                UploadedByUserId = userId,
                UploadedUtc = clock.GetUtcNow().UtcDateTime,
            };
            await gate.RunAsync(db, async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Files.Add(file);
                await db.SaveChangesAsync(cancellationToken);
                answers.SetMany(field.Key, [.. current, file.Id.ToString(CultureInfo.InvariantCulture)]);
                application.AnswersJson = answers.ToJson();
                application.UpdatedUtc = file.UploadedUtc;
                application.Revision = Guid.NewGuid();
                await db.SaveChangesAsync(cancellationToken);
                final = PathOf(file);
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                File.Move(temporary, final);
                await transaction.CommitAsync(cancellationToken);
                final = null;
            }, cancellationToken);
            return null;
        }
        catch
        {
            db.ChangeTracker.Clear();
            if (final is not null)
            {
                TryDelete(final);
            }

            throw;
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Removes the file from the answers and the store. False if the application has no such file.</summary>
    public async Task<bool> RemoveAsync(Application application, long fileId, CancellationToken cancellationToken)
    {
        var file = await FindAsync(application.Id, fileId, cancellationToken);
        if (file is null)
        {
            return false;
        }

        var answers = Answers.Parse(application.AnswersJson);
        var id = fileId.ToString(CultureInfo.InvariantCulture);
        answers.SetMany(file.FieldKey, answers.Values(file.FieldKey).Where(v => v != id));
        application.AnswersJson = answers.ToJson();
        application.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        application.Revision = Guid.NewGuid();
        db.Files.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        TryDelete(PathOf(file));
        return true;
    }

    /// <summary>Files whose question is now hidden or no longer lists them go, so what is kept is what the answers say.</summary>
    public async Task RemoveUnlistedAsync(Application application, CancellationToken cancellationToken)
    {
        var answers = Answers.Parse(application.AnswersJson);
        var files = await OfAsync(application.Id, cancellationToken);
        var unlisted = files.Where(f => !answers.Values(f.FieldKey).Contains(f.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        if (unlisted.Count == 0)
        {
            return;
        }

        db.Files.RemoveRange(unlisted);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var file in unlisted)
        {
            TryDelete(PathOf(file));
        }
    }

    /// <summary>Deletes every file of these applications, rows first, then the bytes.</summary>
    public async Task DeleteAllAsync(IReadOnlyCollection<long> applicationIds, CancellationToken cancellationToken)
    {
        var all = await db.Files.Where(f => applicationIds.Contains(f.ApplicationId)).ToListAsync(cancellationToken);
        if (all.Count == 0)
        {
            return;
        }

        db.Files.RemoveRange(all);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var file in all)
        {
            TryDelete(PathOf(file));
        }
    }

    private static async Task<string> CopyAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new InvalidDataException("The upload is longer than it said.");
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await target.FlushAsync(cancellationToken);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The uploaded name as people read it, without a path or characters that could confuse a header or a page.</summary>
    public static string SafeName(string uploaded)
    {
        var name = UnsafeCharacters().Replace(Path.GetFileName(uploaded.Replace('\\', '/')), "_").Trim();
        if (name.Length == 0)
        {
            name = "file";
        }

        return name.Length > 120 ? name[..100] + Path.GetExtension(name) : name;
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete {Path}", path);
        }
    }

    private static string Megabytes(long bytes) => (bytes / (double)ApplyingOptions.Megabyte).ToString("0.#", CultureInfo.CurrentCulture);

    [GeneratedRegex(@"[\p{C}<>:""/\\|?*]")]
    private static partial Regex UnsafeCharacters();
}
