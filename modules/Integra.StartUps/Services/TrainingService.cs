using Integra.Core.Audit;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>A cohort member's attendance against the completion rule.</summary>
public sealed record TraineeProgress(Beneficiary Beneficiary, int Attended, int Sessions, int CompletionPercent)
{
    public int Percent => Sessions == 0 ? 0 : Attended * 100 / Sessions;

    public bool MeetsRule => Sessions > 0 && Attended * 100 >= CompletionPercent * Sessions;
}

/// <summary>
/// Training: cohorts of one call and municipality, their sessions, the attendance register, and completion by the
/// call's rule (at least <see cref="StartUpCallSettings.CompletionPercent"/> of the cohort's sessions attended).
/// </summary>
public sealed class TrainingService(StartUpsDbContext db, BeneficiaryTransitions transitions, AuditLog audit, IHttpContextAccessor http, TimeProvider clock)
{
    public const int DefaultCompletionPercent = 80;

    /// <summary>A cohort with every beneficiary of the call and municipality who is selected for training and in no cohort yet.</summary>
    public async Task<Cohort> CreateCohortAsync(long callSetupId, string municipality, string name, CancellationToken cancellationToken)
    {
        var cohort = new Cohort { CallSetupId = callSetupId, Municipality = municipality, Name = name.Trim(), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);
        var placed = db.CohortMembers.Select(m => m.BeneficiaryId);
        var members = await db.Beneficiaries
            .Where(b => b.CallSetupId == callSetupId && b.Municipality == municipality && b.Status == BeneficiaryStatus.SelectedForTraining && !placed.Contains(b.Id))
            .Select(b => b.Id).ToListAsync(cancellationToken);
        db.CohortMembers.AddRange(members.Select(id => new CohortMember { CohortId = cohort.Id, BeneficiaryId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(StartUpsModule.Id, "training.cohort", cohort.Name, $"call #{callSetupId}, {municipality}, {members.Count} members", cancellationToken);
        return cohort;
    }

    public async Task<TrainingSession> AddSessionAsync(long cohortId, DateTime startsUtc, string topic, string trainer, string? location, CancellationToken cancellationToken)
    {
        var session = new TrainingSession { CohortId = cohortId, StartsUtc = DateTime.SpecifyKind(startsUtc, DateTimeKind.Utc), Topic = topic.Trim(), Trainer = trainer.Trim(), Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim() };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    public async Task<IReadOnlyList<Beneficiary>> MembersAsync(long cohortId, CancellationToken cancellationToken)
    {
        var ids = db.CohortMembers.Where(m => m.CohortId == cohortId).Select(m => m.BeneficiaryId);
        return await db.Beneficiaries.AsNoTracking().Where(b => ids.Contains(b.Id)).OrderBy(b => b.Reference).ThenBy(b => b.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Records the whole register of a session at once: members in <paramref name="present"/> attended, the others did not.</summary>
    public async Task RecordAttendanceAsync(long sessionId, IReadOnlyCollection<long> present, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, cancellationToken);
        var members = await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == session.CohortId).Select(m => m.BeneficiaryId).ToListAsync(cancellationToken);
        var rows = await db.Attendance.Where(a => a.SessionId == sessionId).ToDictionaryAsync(a => a.BeneficiaryId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = http.HttpContext?.User.Identity?.Name;
        foreach (var member in members)
        {
            if (!rows.TryGetValue(member, out var row))
            {
                row = new Attendance { SessionId = sessionId, BeneficiaryId = member };
                db.Attendance.Add(row);
            }

            row.Present = present.Contains(member);
            row.RecordedUtc = now;
            row.RecordedBy = by;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(StartUpsModule.Id, "training.attendance", $"session #{sessionId}", $"{members.Count(present.Contains)} of {members.Count} present", cancellationToken);
    }

    public async Task<IReadOnlyList<TraineeProgress>> ProgressAsync(long cohortId, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstAsync(c => c.Id == cohortId, cancellationToken);
        var percent = await CompletionPercentAsync(cohort.CallSetupId, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).Select(s => s.Id).ToListAsync(cancellationToken);
        var attended = await db.Attendance.AsNoTracking().Where(a => sessions.Contains(a.SessionId) && a.Present)
            .GroupBy(a => a.BeneficiaryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. (await MembersAsync(cohortId, cancellationToken)).Select(b => new TraineeProgress(b, attended.GetValueOrDefault(b.Id), sessions.Count, percent))];
    }

    /// <summary>Records the training complete for every member who meets the rule and is still in training; returns how many.</summary>
    public async Task<(int Completed, string? Error)> CompleteAsync(long cohortId, CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var trainee in (await ProgressAsync(cohortId, cancellationToken)).Where(p => p.MeetsRule && p.Beneficiary.Status == BeneficiaryStatus.SelectedForTraining))
        {
            var result = await transitions.FireAsync(trainee.Beneficiary.Id, BeneficiaryTrigger.CompleteTraining, $"{trainee.Attended}/{trainee.Sessions}", cancellationToken);
            if (!result.Succeeded)
            {
                return (completed, result.Error);
            }

            completed++;
        }

        return (completed, null);
    }

    public async Task<int> CompletionPercentAsync(long callSetupId, CancellationToken cancellationToken) =>
        await db.CallSettings.AsNoTracking().Where(s => s.CallSetupId == callSetupId).Select(s => (int?)s.CompletionPercent).FirstOrDefaultAsync(cancellationToken)
            ?? DefaultCompletionPercent;
}
