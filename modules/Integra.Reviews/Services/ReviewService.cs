using System.Security.Claims;
using System.Text.Json;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Core.Audit;
using Integra.Reviews.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Services;

/// <summary>The outcome of a review action: done, or a localized reason nothing changed.</summary>
public sealed record ReviewResult(string? Error)
{
    public static readonly ReviewResult Ok = new((string?)null);

    public bool Succeeded => Error is null;
}

/// <summary>Evaluators, their assignments and declarations, scores, and the committee's final score.</summary>
public sealed class ReviewService(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    ApplicationTransitions transitions,
    ReviewCalls calls,
    AuditLog audit,
    IHttpContextAccessor http,
    TimeProvider clock,
    IStringLocalizer<ReviewService> T)
{
    public static readonly ApplicationStatus[] Assignable = [ApplicationStatus.Eligible, ApplicationStatus.UnderReview];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string? UserName => http.HttpContext?.User.Identity?.Name;

    public async Task<ReviewResult> AddEvaluatorAsync(long callSetupId, string userId, string userName, string? municipality, CancellationToken cancellationToken)
    {
        if (await db.Evaluators.AnyAsync(e => e.CallSetupId == callSetupId && e.UserId == userId, cancellationToken))
        {
            return new(T["{0} is already in this call's pool.", userName]);
        }

        db.Evaluators.Add(new PoolEvaluator { CallSetupId = callSetupId, UserId = userId, UserName = userName, Municipality = Blank(municipality), AddedUtc = Now });
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(ReviewsModule.Id, "review.pool.add", userName, $"call {callSetupId}" + (municipality is null ? "" : $", {municipality}"), cancellationToken);
        return ReviewResult.Ok;
    }

    public async Task<ReviewResult> RemoveEvaluatorAsync(long callSetupId, long poolId, CancellationToken cancellationToken)
    {
        var member = await db.Evaluators.FirstOrDefaultAsync(e => e.Id == poolId && e.CallSetupId == callSetupId, cancellationToken);
        if (member is null)
        {
            return new(T["That evaluator is not in this call's pool."]);
        }

        db.Evaluators.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(ReviewsModule.Id, "review.pool.remove", member.UserName, $"call {callSetupId}", cancellationToken);
        return ReviewResult.Ok;
    }

    /// <summary>Assigns one evaluator from the pool by hand; the same rules as "in turn" apply.</summary>
    public async Task<ReviewResult> AssignAsync(long callSetupId, long applicationId, string userId, CancellationToken cancellationToken)
    {
        var application = await applications.Applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.CallSetupId == callSetupId, cancellationToken);
        if (application is null)
        {
            return new(T["The application does not exist."]);
        }

        if (!Assignable.Contains(application.Status))
        {
            return new(T["Only eligible applications or applications under review get evaluators; this one is {0}.", T[StatusText.Of(application.Status)]]);
        }

        var member = await db.Evaluators.AsNoTracking().FirstOrDefaultAsync(e => e.CallSetupId == callSetupId && e.UserId == userId, cancellationToken);
        if (member is null)
        {
            return new(T["That evaluator is not in this call's pool."]);
        }

        var settings = await calls.SettingsAsync(callSetupId, cancellationToken);
        var existing = await db.Assignments.AsNoTracking().Where(a => a.ApplicationId == applicationId).ToListAsync(cancellationToken);
        if (existing.Any(a => a.EvaluatorUserId == userId))
        {
            return new(T["{0} has already been assigned to this application; an evaluator is never assigned twice.", member.UserName]);
        }

        if (settings.ExcludeSameMunicipality && application.Municipality is not null
            && string.Equals(member.Municipality, application.Municipality, StringComparison.OrdinalIgnoreCase))
        {
            return new(T["{0} is from the applicant's municipality, and this call excludes such evaluators.", member.UserName]);
        }

        if (existing.Count(a => a.Active) >= settings.EvaluatorsPerApplication)
        {
            return new(T["This application already has its {0} evaluators.", settings.EvaluatorsPerApplication]);
        }

        return await AddAssignmentsAsync(callSetupId, [(application, member)], cancellationToken);
    }

    /// <summary>Gives every eligible or under-review application of the call its evaluators, in turn, balancing load.</summary>
    public async Task<(int Assigned, int Short)> AssignInTurnAsync(long callSetupId, IReadOnlyCollection<long>? only, CancellationToken cancellationToken)
    {
        var settings = await calls.SettingsAsync(callSetupId, cancellationToken);
        var pool = await db.Evaluators.AsNoTracking().Where(e => e.CallSetupId == callSetupId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var candidates = await applications.Applications
            .Where(a => a.CallSetupId == callSetupId && Assignable.Contains(a.Status))
            .ToListAsync(cancellationToken);
        if (only is not null)
        {
            candidates = [.. candidates.Where(a => only.Contains(a.Id))];
        }

        var assignments = await db.Assignments.AsNoTracking().Where(a => a.CallSetupId == callSetupId).ToListAsync(cancellationToken);
        var load = assignments.Where(a => a.Active).GroupBy(a => a.EvaluatorUserId).ToDictionary(g => g.Key, g => g.Count());
        var byApplication = assignments.ToLookup(a => a.ApplicationId);
        var needs = candidates.Select(a => new AssignmentNeed(a.Id, a.Municipality,
            byApplication[a.Id].Select(x => x.EvaluatorUserId).ToList(), byApplication[a.Id].Count(x => x.Active)));
        var (planned, shortOf) = RoundRobin.Plan(needs, pool.Select(p => new PoolMember(p.UserId, p.Municipality, load.GetValueOrDefault(p.UserId))).ToList(),
            settings.EvaluatorsPerApplication, settings.ExcludeSameMunicipality);
        var byId = candidates.ToDictionary(a => a.Id);
        var byUser = pool.ToDictionary(p => p.UserId);
        var result = await AddAssignmentsAsync(callSetupId, [.. planned.Select(p => (byId[p.ApplicationId], byUser[p.UserId]))], cancellationToken);
        return result.Succeeded ? (planned.Count, shortOf.Count) : (0, candidates.Count);
    }

    private async Task<ReviewResult> AddAssignmentsAsync(long callSetupId, IReadOnlyList<(Application Application, PoolEvaluator Member)> planned, CancellationToken cancellationToken)
    {
        foreach (var (application, member) in planned)
        {
            db.Assignments.Add(new Assignment
            {
                CallSetupId = callSetupId,
                ApplicationId = application.Id,
                EvaluatorUserId = member.UserId,
                EvaluatorName = member.UserName,
                AssignedUtc = Now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (application, member) in planned)
        {
            await audit.WriteAsync(ReviewsModule.Id, "review.assign", application.Reference ?? $"#{application.Id}", member.UserName, cancellationToken);
        }

        foreach (var application in planned.Select(p => p.Application).Where(a => a.Status == ApplicationStatus.Eligible).Distinct())
        {
            var moved = await transitions.FireAsync(application, ApplicationTrigger.StartReview, null, cancellationToken);
            if (!moved.Succeeded)
            {
                return new(moved.Error);
            }
        }

        return ReviewResult.Ok;
    }

    /// <summary>The evaluator's assignment, or null when it is not theirs: nobody reads another's.</summary>
    public Task<Assignment?> MineAsync(long assignmentId, string userId, CancellationToken cancellationToken) =>
        db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.EvaluatorUserId == userId, cancellationToken);

    public async Task<ReviewResult> DeclareAsync(Assignment assignment, bool conflict, string? note, CancellationToken cancellationToken)
    {
        if (assignment.Declaration != Declaration.Pending)
        {
            return new(T["You have already declared for this application."]);
        }

        note = Blank(note);
        if (conflict && note is null)
        {
            return new(T["Say briefly what the conflict is, so that the review manager can reassign the application."]);
        }

        if (note is { Length: > ReviewLimits.Comment })
        {
            return new(T["The note is too long: at most {0} characters.", ReviewLimits.Comment]);
        }

        assignment.Declaration = conflict ? Declaration.Conflict : Declaration.NoConflict;
        assignment.ConflictNote = conflict ? note : null;
        assignment.DeclaredUtc = Now;
        var reference = await ReferenceAsync(assignment.ApplicationId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(ReviewsModule.Id, conflict ? "review.declare.conflict" : "review.declare.no-conflict", reference, assignment.EvaluatorName + (conflict ? $": {note}" : ""), cancellationToken);
        return ReviewResult.Ok;
    }

    /// <summary>Saves the evaluator's points and comments; <paramref name="submit"/> makes them final and counts them.</summary>
    public async Task<ReviewResult> ScoreAsync(
        Assignment assignment, IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<string, decimal> points, IReadOnlyDictionary<string, string> comments, bool submit, CancellationToken cancellationToken)
    {
        if (assignment.Declaration != Declaration.NoConflict)
        {
            return new(T["Declare that you have no conflict of interest before you score."]);
        }

        if (assignment.SubmittedUtc is not null)
        {
            return new(T["Your scores for this application have been submitted and can no longer be changed."]);
        }

        var status = await applications.Applications.Where(a => a.Id == assignment.ApplicationId).Select(a => a.Status).FirstAsync(cancellationToken);
        if (status != ApplicationStatus.UnderReview)
        {
            return new(T["The application is no longer under review ({0}).", T[StatusText.Of(status)]]);
        }

        foreach (var criterion in criteria)
        {
            if (points.TryGetValue(criterion.Key, out var given) && (given < 0 || given > criterion.MaxPoints))
            {
                return new(T["Points for {0} must be between 0 and {1}.", criterion.Name.In(System.Globalization.CultureInfo.CurrentUICulture.Name), criterion.MaxPoints]);
            }
        }

        if (comments.Values.Any(c => c.Length > ReviewLimits.Comment))
        {
            return new(T["A comment is too long: at most {0} characters.", ReviewLimits.Comment]);
        }

        var total = Scoring.WeightedTotal(criteria, points);
        if (submit && total is null)
        {
            return new(T["Give points for every criterion before you submit."]);
        }

        assignment.PointsJson = JsonSerializer.Serialize(points.Where(p => criteria.Any(c => c.Key == p.Key)).ToDictionary());
        assignment.CommentsJson = JsonSerializer.Serialize(comments.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary());
        assignment.Total = total;
        if (submit)
        {
            assignment.SubmittedUtc = Now;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (submit)
        {
            await audit.WriteAsync(ReviewsModule.Id, "review.score", await ReferenceAsync(assignment.ApplicationId, cancellationToken), $"{assignment.EvaluatorName}: {total}", cancellationToken);
        }
        return ReviewResult.Ok;
    }

    public static Dictionary<string, decimal> Points(Assignment assignment) =>
        JsonSerializer.Deserialize<Dictionary<string, decimal>>(assignment.PointsJson) ?? [];

    public static Dictionary<string, string> Comments(Assignment assignment) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(assignment.CommentsJson) ?? [];

    /// <summary>The committee sets the final score with its reason; the application moves to Scored.</summary>
    public async Task<ReviewResult> SetFinalScoreAsync(long callSetupId, long applicationId, decimal final, string? reason, CancellationToken cancellationToken)
    {
        var application = await applications.Applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.CallSetupId == callSetupId, cancellationToken);
        if (application is null)
        {
            return new(T["The application does not exist."]);
        }

        reason = Blank(reason);
        if (reason is null)
        {
            return new(T["Give the committee's reason for the final score."]);
        }

        if (reason.Length > ReviewLimits.Comment)
        {
            return new(T["The reason is too long: at most {0} characters.", ReviewLimits.Comment]);
        }

        if (final < 0 || final > Scoring.Scale)
        {
            return new(T["The final score must be between 0 and {0}.", Scoring.Scale]);
        }

        var settings = await calls.SettingsAsync(callSetupId, cancellationToken);
        var active = await db.Assignments.AsNoTracking().Where(a => a.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var scored = active.Where(a => a.Active && a.SubmittedUtc is not null && a.Total is not null).Select(a => a.Total!.Value).ToList();
        if (scored.Count < settings.EvaluatorsPerApplication || active.Any(a => a.Active && a.SubmittedUtc is null))
        {
            return new(T["Every assigned evaluator must submit scores first ({0} of {1} have).", scored.Count, settings.EvaluatorsPerApplication]);
        }

        application.FinalScore = Math.Round(final, 2, MidpointRounding.AwayFromZero);
        var moved = await transitions.FireAsync(application, ApplicationTrigger.CompleteScoring, reason, cancellationToken);
        if (!moved.Succeeded)
        {
            applications.Entry(application).State = EntityState.Unchanged;
            return new(moved.Error);
        }

        db.FinalScores.Add(new FinalScoreRecord
        {
            ApplicationId = applicationId,
            Combined = Scoring.Combine(scored, settings.CombineRule) ?? 0,
            Spread = Scoring.Spread(scored),
            Final = application.FinalScore.Value,
            Reason = reason,
            DecidedBy = UserName,
            DecidedUtc = Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ReviewResult.Ok;
    }

    private async Task<string> ReferenceAsync(long applicationId, CancellationToken cancellationToken) =>
        await applications.Applications.Where(a => a.Id == applicationId).Select(a => a.Reference).FirstOrDefaultAsync(cancellationToken) ?? $"#{applicationId}";

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
