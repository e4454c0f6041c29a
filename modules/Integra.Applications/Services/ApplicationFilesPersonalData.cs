using Integra.Applications.Data;
using Integra.Applications.PersonalData;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

/// <summary>
/// The documents applicants uploaded, in the data subject's rights and retention: they go into the subject's
/// download as files, and they are deleted (row and bytes) on an approved erasure or when the call's retention has
/// passed; an ID card or a certificate names its person, so nothing of them is kept for the statistics.
/// </summary>
public sealed class ApplicationFilesPersonalData(ApplicationsDbContext db, ApplicationFiles files, CallCalendar calendar) : IPersonalDataHandler
{
    public async Task ExportAsync(PersonalDataSubject subject, PersonalDataArchive archive, CancellationToken cancellationToken)
    {
        var applications = await SubjectApplications.Of(db, subject).AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var ids = applications.Keys.ToList();
        foreach (var file in await db.Files.AsNoTracking().Where(f => ids.Contains(f.ApplicationId)).OrderBy(f => f.Id).ToListAsync(cancellationToken))
        {
            var path = files.PathOf(file);
            if (!File.Exists(path))
            {
                continue;
            }

            var application = applications[file.ApplicationId];
            await using var content = File.OpenRead(path);
            await archive.AddFileAsync($"applications/{application.Reference ?? "draft-" + application.Id}/files/{file.FileName}", content, cancellationToken);
        }
    }

    public async Task AnonymiseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var ids = await SubjectApplications.Of(db, subject).Select(a => a.Id).ToListAsync(cancellationToken);
        await files.DeleteAllAsync(ids, cancellationToken);
    }

    public async Task<IReadOnlyCollection<long>> ApplyRetentionAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        var calls = await db.Calls.AsNoTracking().ToListAsync(cancellationToken);
        var info = await calendar.ForAsync(calls, cancellationToken);
        var expired = calls.Where(c => CallCalendar.RetentionPassed(c, info[c.Id], utcNow)).Select(c => c.Id).ToList();
        if (expired.Count > 0)
        {
            await files.DeleteAllAsync(await db.Applications.Where(a => expired.Contains(a.CallSetupId)).Select(a => a.Id).ToListAsync(cancellationToken), cancellationToken);
        }

        // The people these belong to are the applications handler's answer; files add none of their own.
        return [];
    }

    public Task<IReadOnlySet<long>> RetainedAsync(IReadOnlyCollection<long> personIds, DateTime utcNow, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<long>>(new HashSet<long>());
}
