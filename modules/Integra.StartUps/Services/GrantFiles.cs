using System.Globalization;
using Integra.Applications.Services;
using Integra.Core.Hosting;
using Integra.Media.Services;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Integra.StartUps.Services;

/// <summary>A file checked and copied to a temporary place, not yet recorded; <see cref="GrantFiles.KeepAsync"/> records it.</summary>
public sealed record StagedFile(string TemporaryPath, string FileName, MediaType Type, long Size);

/// <summary>
/// Hand-over protocols and photos of hand-overs and visits: PDF, JPG or PNG, recognised by their content (the Media
/// module's sniffing, as the engine's application files use it), stored under the app data folder and never under the
/// web root. Files are checked first, all of them, so a hand-over with one bad file keeps none.
/// </summary>
public sealed class GrantFiles(StartUpsDbContext db, AppDataFolder appData, TimeProvider clock, IStringLocalizer<GrantFiles> T, ILogger<GrantFiles> logger)
{
    public static readonly IReadOnlyList<MediaType> ProtocolTypes = [MediaTypes.Pdf, MediaTypes.Jpeg, MediaTypes.Png];

    public static readonly IReadOnlyList<MediaType> PhotoTypes = [MediaTypes.Jpeg, MediaTypes.Png];

    public static string Accept(IReadOnlyList<MediaType> types) => string.Join(",", types.SelectMany(t => t.Extensions));

    public string PathOf(GrantFile file) => appData.Combine("startups", file.BeneficiaryId.ToString(CultureInfo.InvariantCulture), file.StoredName);

    public Task<GrantFile?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.GrantFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>Copies the upload aside and checks it is one of <paramref name="types"/> by content and by name; or says why not.</summary>
    public async Task<(StagedFile? File, string? Error)> StageAsync(IFormFile upload, IReadOnlyList<MediaType> types, CancellationToken cancellationToken)
    {
        var name = ApplicationFiles.SafeName(upload.FileName);
        if (upload.Length == 0)
        {
            return (null, T["{0}: the file is empty.", name]);
        }

        if (upload.Length > GrantLimits.MaxFileBytes)
        {
            return (null, T["{0}: a file may be at most {1} MB.", name, GrantLimits.MaxFileBytes / (1024 * 1024)]);
        }

        var temporary = appData.Combine("startups", "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        MediaType? type;
        await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
        {
            await using (var source = upload.OpenReadStream())
            {
                await source.CopyToAsync(target, cancellationToken);
            }

            type = MediaTypes.Detect(target);

            // On the disk before the row that lists it commits: a record never names a file a power cut took.
            target.Flush(flushToDisk: true);
        }

        if (type is null || !types.Contains(type) || !type.Extensions.Contains(Path.GetExtension(upload.FileName), StringComparer.OrdinalIgnoreCase))
        {
            Discard(temporary);
            return (null, T["{0}: this file is not a {1} file, or its content does not match its name.", name, string.Join(", ", types.Select(t => t.Name))]);
        }

        return (new StagedFile(temporary, name, type, upload.Length), null);
    }

    /// <summary>
    /// Stages every upload as <see cref="StageAsync"/> does, after those already <paramref name="staged"/> (a protocol
    /// taken first, say). At the first refused file, all of them, the earlier ones included, are discarded and its
    /// reason returned.
    /// </summary>
    public async Task<(List<StagedFile> Files, string? Error)> StageAllAsync(IEnumerable<IFormFile> uploads, IReadOnlyList<MediaType> types, CancellationToken cancellationToken, params StagedFile[] staged)
    {
        var all = new List<StagedFile>(staged);
        foreach (var upload in uploads)
        {
            var (file, error) = await StageAsync(upload, types, cancellationToken);
            if (file is null)
            {
                Discard(all);
                return ([], error);
            }

            all.Add(file);
        }

        return (all[staged.Length..], null);
    }

    /// <summary>Records staged files and moves them into place; call inside the transaction that saves what they document.</summary>
    public async Task<IReadOnlyList<string>> KeepAsync(long beneficiaryId, long? visitId, GrantFileKind kind, IEnumerable<StagedFile> staged, string? userName, CancellationToken cancellationToken)
    {
        var moved = new List<string>();
        foreach (var file in staged)
        {
            var row = new GrantFile
            {
                BeneficiaryId = beneficiaryId,
                VisitId = visitId,
                Kind = kind,
                FileName = file.FileName,
                ContentType = file.Type.ContentType,
                Size = file.Size,
                StoredName = Guid.NewGuid().ToString("N") + file.Type.Extensions[0],
                UploadedBy = userName,
                UploadedUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.GrantFiles.Add(row);
            var final = PathOf(row);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(file.TemporaryPath, final);
            moved.Add(final);
        }

        await db.SaveChangesAsync(cancellationToken);
        return moved;
    }

    /// <summary>
    /// Saves what the files document and keeps the files, in one transaction: <paramref name="save"/> writes the rows
    /// (or says why not, and then nothing is kept), <paramref name="keep"/> moves the files into place and lists them
    /// in <paramref name="kept"/>. If anything fails, the rows roll back and neither a staged nor a kept file is left behind.
    /// </summary>
    public async Task<string?> SaveWithFilesAsync(IEnumerable<StagedFile> staged, List<string> kept, Func<Task<string?>> save, Func<Task> keep, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (await save() is { } error)
            {
                Discard(staged);
                return error;
            }

            await keep();
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch
        {
            db.ChangeTracker.Clear();
            Discard(staged);
            kept.ForEach(Discard);
            throw;
        }
    }

    public void Discard(IEnumerable<StagedFile> staged)
    {
        foreach (var file in staged)
        {
            Discard(file.TemporaryPath);
        }
    }

    public void Discard(string path)
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
}
