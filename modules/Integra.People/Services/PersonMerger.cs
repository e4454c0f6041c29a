using Integra.Core.Audit;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.People.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Services;

/// <summary>Staff's decisions on possible duplicates: merge two records into one person, or dismiss the flag.</summary>
public sealed class PersonMerger(
    PeopleDbContext db,
    DuplicateDetector duplicates,
    FeatureContributions contributions,
    FeatureState state,
    IServiceProvider services,
    AuditLog audit,
    TimeProvider clock)
{
    private const string AuditModule = "People";

    /// <summary>
    /// Makes <paramref name="otherId"/> part of <paramref name="survivorId"/>: the survivor keeps its details and
    /// takes the other's where it has none; every feature re-points its references. False if either record is gone
    /// or already merged.
    /// </summary>
    public async Task<bool> MergeAsync(long survivorId, long otherId, string? userName, CancellationToken cancellationToken)
    {
        if (survivorId == otherId)
        {
            return false;
        }

        var survivor = await db.People.FirstOrDefaultAsync(p => p.Id == survivorId && p.MergedIntoId == null, cancellationToken);
        var other = await db.People.FirstOrDefaultAsync(p => p.Id == otherId && p.MergedIntoId == null, cancellationToken);
        if (survivor is null || other is null)
        {
            return false;
        }

        // The features' references move first: they live in other databases' tables, so this is not one
        // transaction. Each handler is idempotent, and the records are marked merged only once all moved, so a
        // merge that fails halfway is simply done again.
        foreach (var handler in contributions.Enabled<IPersonMergeHandler>(state, services))
        {
            await handler.MergeAsync(other.Id, survivor.Id, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        survivor.PersonalNumber ??= other.PersonalNumber;
        survivor.FirstName ??= other.FirstName;
        survivor.LastName ??= other.LastName;
        survivor.BirthDate ??= other.BirthDate;
        survivor.Sex ??= other.Sex;
        survivor.Municipality ??= other.Municipality;
        survivor.Phone ??= other.Phone;
        survivor.Email ??= other.Email;
        survivor.UserId ??= other.UserId;
        survivor.ReturnStatus ??= other.ReturnStatus;
        survivor.Ethnicity ??= other.Ethnicity;
        survivor.Disability ??= other.Disability;
        survivor.SearchName = PersonNames.SearchText(survivor.FirstName, survivor.LastName);
        survivor.UpdatedUtc = now;
        other.MergedIntoId = survivor.Id;
        other.UpdatedUtc = now;
        await db.People.Where(p => p.MergedIntoId == other.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.MergedIntoId, survivor.Id), cancellationToken);

        var low = Math.Min(survivor.Id, other.Id);
        var high = Math.Max(survivor.Id, other.Id);
        foreach (var flag in await db.DuplicateFlags.Where(f => f.Status == DuplicateStatus.Open && (f.PersonId == other.Id || f.OtherPersonId == other.Id)).ToListAsync(cancellationToken))
        {
            if (flag.PersonId == low && flag.OtherPersonId == high)
            {
                flag.Status = DuplicateStatus.Merged;
                flag.ResolvedUtc = now;
                flag.ResolvedByUserName = userName;
            }
            else
            {
                // A flag between the merged record and a third one is asked again below, for the survivor.
                db.DuplicateFlags.Remove(flag);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditModule, "People merged", $"person {survivor.Id}", $"Record {other.Id} merged into {survivor.Id}.", cancellationToken);
        await duplicates.DetectAsync(survivor, cancellationToken);
        return true;
    }

    public async Task<bool> DismissAsync(long flagId, string? userName, CancellationToken cancellationToken)
    {
        var flag = await db.DuplicateFlags.FirstOrDefaultAsync(f => f.Id == flagId && f.Status == DuplicateStatus.Open, cancellationToken);
        if (flag is null)
        {
            return false;
        }

        flag.Status = DuplicateStatus.Dismissed;
        flag.ResolvedUtc = clock.GetUtcNow().UtcDateTime;
        flag.ResolvedByUserName = userName;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditModule, "Possible duplicate dismissed", $"people {flag.PersonId} and {flag.OtherPersonId}", cancellationToken: cancellationToken);
        return true;
    }
}
