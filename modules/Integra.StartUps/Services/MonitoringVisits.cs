using Integra.Cms.Services;
using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Services;

/// <summary>What a visit found, as staff enter it.</summary>
public sealed record VisitReport(
    DateOnly? VisitedOn, bool Operating, string? RevenueBand, int? Jobs, bool EquipmentInUse, string? Notes,
    BeneficiaryStatus Outcome, IReadOnlyList<string> OfficialUserIds, string? OtherOfficials);

/// <summary>A component 1 official who may be named as joining a visit.</summary>
public sealed record Official(string UserId, string Name);

/// <summary>
/// Monitoring visits: scheduled by <see cref="VisitScheduler"/>, listed when due or overdue, and recorded with what
/// they found; recording one sets the business's status through the workflow.
/// </summary>
public sealed class MonitoringVisits(
    StartUpsDbContext db,
    GrantFiles files,
    BeneficiaryTransitions transitions,
    UserManager<IntegraUser> users,
    SiteTime siteTime,
    AuditLog audit,
    IHttpContextAccessor http,
    TimeProvider clock,
    IStringLocalizer<MonitoringVisits> T)
{
    /// <summary>Months after registration a visit is due.</summary>
    public static IReadOnlyList<int> Schedule { get; } = [3, 6, 12];

    /// <summary>A visit is listed as due this many days before its day.</summary>
    public const int DueWithinDays = 14;

    public static IReadOnlyList<BeneficiaryStatus> Outcomes { get; } = [BeneficiaryStatus.Active, BeneficiaryStatus.Struggling, BeneficiaryStatus.Closed];

    /// <summary>Today in Kosovo (the site's time zone), which is what due dates are counted in.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken)
    {
        var zone = await siteTime.ZoneAsync(cancellationToken);
        return DateOnly.FromDateTime(SiteTime.ToLocal(clock.GetUtcNow().UtcDateTime, zone));
    }

    /// <summary>Visits not yet made whose day is within <see cref="DueWithinDays"/> days or past, earliest first.</summary>
    public async Task<List<MonitoringVisit>> DueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(DueWithinDays);
        return await db.Visits.AsNoTracking().Where(v => v.VisitedOn == null && v.DueOn <= horizon).OrderBy(v => v.DueOn).ThenBy(v => v.Id).ToListAsync(cancellationToken);
    }

    public Task<List<MonitoringVisit>> OfAsync(long beneficiaryId, CancellationToken cancellationToken) =>
        db.Visits.AsNoTracking().Where(v => v.BeneficiaryId == beneficiaryId).OrderBy(v => v.Month).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Official>> OfficialsAsync() =>
        [.. (await users.GetUsersInRoleAsync(Roles.MunicipalOfficial))
            .Select(u => new Official(u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.UserName ?? u.Id : u.DisplayName))
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)];

    public async Task<string?> RecordAsync(long visitId, VisitReport report, IReadOnlyList<IFormFile> photos, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == visitId, cancellationToken);
        if (visit is null)
        {
            return T["The visit does not exist."];
        }

        if (visit.VisitedOn is not null)
        {
            return T["This visit is already recorded."];
        }

        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstAsync(b => b.Id == visit.BeneficiaryId, cancellationToken);
        var trigger = TriggerFor(report.Outcome);
        if (trigger is null || !BeneficiaryWorkflow.Machine.CanFire(beneficiary.Status, trigger.Value))
        {
            return T["Choose what the visit found: active, struggling or closed (a closed business is not visited again)."];
        }

        if (await CheckAsync(report, photos.Count, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var notes = Notes(report);
        var joined = await JoinedAsync(visit.Id, report);

        var (staged, stageError) = await files.StageAllAsync(photos, GrantFiles.PhotoTypes, cancellationToken);
        if (stageError is not null)
        {
            return stageError;
        }

        Fill(visit, report, notes);
        visit.RecordedBy = http.HttpContext?.User.Identity?.Name;
        visit.RecordedUtc = clock.GetUtcNow().UtcDateTime;
        db.VisitOfficials.AddRange(joined);
        var kept = new List<string>();
        if (await files.SaveWithFilesAsync(
            staged,
            kept,
            () => SaveAsync(T["This visit is already recorded."], cancellationToken),
            async () =>
            {
                kept.AddRange(await files.KeepAsync(visit.BeneficiaryId, visit.Id, GrantFileKind.VisitPhoto, staged, visit.RecordedBy, cancellationToken));
            },
            cancellationToken) is { } saveError)
        {
            return saveError;
        }

        db.ChangeTracker.Clear();
        var moved = await transitions.FireAsync(visit.BeneficiaryId, trigger.Value, notes, cancellationToken);
        if (!moved.Succeeded)
        {
            db.ChangeTracker.Clear();
            await db.GrantFiles.Where(f => f.VisitId == visitId).ExecuteDeleteAsync(cancellationToken);
            await db.VisitOfficials.Where(o => o.VisitId == visitId).ExecuteDeleteAsync(cancellationToken);
            kept.ForEach(files.Discard);
            await db.Visits.Where(v => v.Id == visitId).ExecuteUpdateAsync(s => s
                .SetProperty(v => v.VisitedOn, (DateOnly?)null)
                .SetProperty(v => v.Outcome, (BeneficiaryStatus?)null), cancellationToken);
            return moved.Error;
        }

        await audit.WriteAsync(StartUpsModule.Id, "visit.record", beneficiary.Reference ?? $"#{beneficiary.Id}", $"{visit.Month} months: {report.Outcome}", cancellationToken);
        return null;
    }

    /// <summary>
    /// Corrects a recorded visit, with the same checks as when it was recorded; the officials who joined are
    /// replaced by those now named and photos are added. The business's status changes only when a new outcome is
    /// given for its latest visit, and then through the workflow; the audit log says what changed. A form opened
    /// before someone else saved the visit (<paramref name="revision"/> is the visit's as the form showed it) changes nothing.
    /// </summary>
    public async Task<string?> EditAsync(long visitId, Guid revision, VisitReport report, IReadOnlyList<IFormFile> photos, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == visitId, cancellationToken);
        if (visit is not { VisitedOn: { } visitedBefore, Outcome: { } outcomeBefore })
        {
            return T["Only a recorded visit can be changed."];
        }

        if (visit.Revision != revision)
        {
            return ChangedMeanwhile;
        }

        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstAsync(b => b.Id == visit.BeneficiaryId, cancellationToken);
        var latest = !await db.Visits.AnyAsync(v => v.BeneficiaryId == visit.BeneficiaryId && v.VisitedOn != null && v.Month > visit.Month, cancellationToken);
        var trigger = TriggerFor(report.Outcome);
        var moves = latest && report.Outcome != outcomeBefore;
        if (trigger is null || (moves && !BeneficiaryWorkflow.Machine.CanFire(beneficiary.Status, trigger.Value)))
        {
            return T["Choose what the visit found: active, struggling or closed (a closed business is not visited again)."];
        }

        var photoCount = await db.GrantFiles.CountAsync(f => f.VisitId == visitId, cancellationToken);
        if (await CheckAsync(report, photoCount + photos.Count, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var notes = Notes(report);
        var joinedBefore = await db.VisitOfficials.Where(o => o.VisitId == visitId).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var joined = await JoinedAsync(visitId, report);
        var changed = new List<string>();
        void Compare<TValue>(string field, TValue before, TValue after)
        {
            if (!EqualityComparer<TValue>.Default.Equals(before, after))
            {
                changed.Add($"{field} {before?.ToString() ?? "-"} → {after?.ToString() ?? "-"}");
            }
        }

        Compare("visited on", FormValues.Iso(visitedBefore), FormValues.Iso(report.VisitedOn));
        Compare("outcome", outcomeBefore, report.Outcome);
        Compare("operating", visit.Operating, report.Operating);
        Compare("revenue band", visit.RevenueBand, report.RevenueBand);
        Compare("jobs", visit.Jobs, report.Jobs);
        Compare("equipment in use", visit.EquipmentInUse, report.EquipmentInUse);
        Compare("officials", string.Join(", ", joinedBefore.Select(o => o.Name)), string.Join(", ", joined.Select(o => o.Name)));
        if (notes != visit.Notes)
        {
            changed.Add("notes");
        }

        if (photos.Count > 0)
        {
            changed.Add($"{photos.Count} photo(s) added");
        }

        if (changed.Count == 0)
        {
            return null;
        }

        var staged = await files.StageAllAsync(photos, GrantFiles.PhotoTypes, cancellationToken);
        if (staged.Error is not null)
        {
            return staged.Error;
        }

        var snapshot = (visit.VisitedOn, visit.Operating, visit.RevenueBand, visit.Jobs, visit.EquipmentInUse, visit.Notes, visit.Outcome, visit.Revision);
        Fill(visit, report, notes);
        db.VisitOfficials.RemoveRange(joinedBefore);
        db.VisitOfficials.AddRange(joined);
        var kept = new List<string>();
        if (await files.SaveWithFilesAsync(
            staged.Files,
            kept,
            () => SaveAsync(ChangedMeanwhile, cancellationToken),
            async () =>
            {
                kept.AddRange(await files.KeepAsync(visit.BeneficiaryId, visit.Id, GrantFileKind.VisitPhoto, staged.Files, UserName, cancellationToken));
            },
            cancellationToken) is { } saveError)
        {
            return saveError;
        }

        db.ChangeTracker.Clear();
        if (moves)
        {
            // Saved first, then moved (the move's handlers write elsewhere); a refused move takes the correction back.
            var moved = await transitions.FireAsync(visit.BeneficiaryId, trigger.Value, notes, cancellationToken);
            if (!moved.Succeeded)
            {
                db.ChangeTracker.Clear();
                var keptNames = kept.Select(Path.GetFileName).ToList();
                await db.GrantFiles.Where(f => f.VisitId == visitId && keptNames.Contains(f.StoredName)).ExecuteDeleteAsync(cancellationToken);
                kept.ForEach(files.Discard);
                await db.VisitOfficials.Where(o => o.VisitId == visitId).ExecuteDeleteAsync(cancellationToken);
                db.VisitOfficials.AddRange(joinedBefore.Select(o => new VisitOfficial { VisitId = visitId, UserId = o.UserId, Name = o.Name }));
                // The revision too: the visit is again as the form that made the correction showed it, so it may be sent again.
                var undo = await db.Visits.FirstAsync(v => v.Id == visitId, cancellationToken);
                (undo.VisitedOn, undo.Operating, undo.RevenueBand, undo.Jobs, undo.EquipmentInUse, undo.Notes, undo.Outcome, undo.Revision) = snapshot;
                await db.SaveChangesAsync(cancellationToken);
                return moved.Error;
            }
        }

        await audit.WriteAsync(StartUpsModule.Id, "visit.edit", beneficiary.Reference ?? $"#{beneficiary.Id}", $"{visit.Month} months: {string.Join("; ", changed)}", cancellationToken);
        return null;
    }

    public static BeneficiaryTrigger? TriggerFor(BeneficiaryStatus outcome) => outcome switch
    {
        BeneficiaryStatus.Active => BeneficiaryTrigger.RecordActive,
        BeneficiaryStatus.Struggling => BeneficiaryTrigger.RecordStruggling,
        BeneficiaryStatus.Closed => BeneficiaryTrigger.Close,
        _ => null,
    };

    private static void Fill(MonitoringVisit visit, VisitReport report, string? notes)
    {
        visit.VisitedOn = report.VisitedOn;
        visit.Operating = report.Operating;
        visit.RevenueBand = report.RevenueBand;
        visit.Jobs = report.Jobs;
        visit.EquipmentInUse = report.EquipmentInUse;
        visit.Notes = notes;
        visit.Outcome = report.Outcome;
        visit.Revision = Guid.NewGuid();
    }

    /// <summary>Saves the visit; a visit saved by someone else since it was read changes nothing and gets <paramref name="refusal"/>.</summary>
    private async Task<string?> SaveAsync(string refusal, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return refusal;
        }
    }

    private string ChangedMeanwhile => T["Someone else changed this visit meanwhile, so your correction was not saved. Reload the page to see their change and try again."];

    private static string? Notes(VisitReport report) => string.IsNullOrWhiteSpace(report.Notes) ? null : report.Notes.Trim();

    private string? UserName => http.HttpContext?.User.Identity?.Name;

    /// <summary>What a visit's form must hold, whether the visit is recorded or corrected; null when it does.</summary>
    private async Task<string?> CheckAsync(VisitReport report, int photoCount, CancellationToken cancellationToken)
    {
        if (report.VisitedOn is null || report.VisitedOn > await TodayAsync(cancellationToken))
        {
            return T["Give the day of the visit (not in the future)."];
        }

        if (report.RevenueBand is not null && RevenueBands.Text(report.RevenueBand) is null)
        {
            return T["Choose a revenue band from the list."];
        }

        if (report.Jobs is < 0 or > 1000)
        {
            return T["Give the number of jobs, from 0 to 1000."];
        }

        var notes = Notes(report);
        if (notes is { Length: > GrantLimits.Notes })
        {
            return T["The notes are too long: at most {0} characters.", GrantLimits.Notes];
        }

        if (TriggerFor(report.Outcome) is { } trigger && BeneficiaryWorkflow.Rules[trigger].ReasonRequired && notes is null)
        {
            return T["Say in the notes why the business is struggling or closed."];
        }

        return photoCount > GrantLimits.MaxPhotos ? T["At most {0} photos.", GrantLimits.MaxPhotos].Value : null;
    }

    /// <summary>The officials named as joining: users with the municipal official role ticked, and names typed in.</summary>
    private async Task<List<VisitOfficial>> JoinedAsync(long visitId, VisitReport report)
    {
        var officials = await OfficialsAsync();
        var joined = officials.Where(o => report.OfficialUserIds.Contains(o.UserId)).Select(o => new VisitOfficial { VisitId = visitId, UserId = o.UserId, Name = o.Name }).ToList();
        joined.AddRange((report.OtherOfficials ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length <= StartUpsLimits.Name)
            .Distinct(StringComparer.CurrentCultureIgnoreCase)
            .Select(n => new VisitOfficial { VisitId = visitId, Name = n }));
        return joined;
    }
}
