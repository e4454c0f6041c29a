using System.Globalization;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Cms.Services;
using Integra.Core.Audit;
using Integra.Core.Localization;
using Integra.Reviews.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Services;

/// <summary>A ranked application with the reason its applicant will read.</summary>
public sealed record RankingRow(Application Application, RankedApplication Ranked, string Reason);

/// <summary>A decided application of the call: its rank and final score as confirmed, and when its letter went out (null: not yet).</summary>
public sealed record DecidedRow(Application Application, int? Rank, decimal? Score, DateTime? LetterSentUtc);

/// <summary>Screening, ranking and the decision, the letters that open the appeal window, and appeals.</summary>
public sealed class DecisionService(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    ApplicationTransitions transitions,
    ReviewCalls calls,
    SiteContent site,
    AuditLog audit,
    IHttpContextAccessor http,
    IServiceProvider services,
    TimeProvider clock,
    IStringLocalizer<DecisionService> T)
{
    public static readonly ApplicationStatus[] Appealable = [ApplicationStatus.Ineligible, ApplicationStatus.Rejected, ApplicationStatus.Reserve];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The mailer, once the call setup side has registered one; until then decisions are recorded without e-mail.</summary>
    private IApplicationMailer? Mailer => services.GetService<IApplicationMailer>();

    public async Task<ReviewResult> ScreenAsync(long callSetupId, long applicationId, bool pass, string? reason, CancellationToken cancellationToken)
    {
        var call = await calls.GetAsync(callSetupId, CultureInfo.CurrentUICulture.Name, cancellationToken);
        var application = await applications.Applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.CallSetupId == callSetupId, cancellationToken);
        if (call is null || application is null)
        {
            return new(T["The application does not exist."]);
        }

        if (!call.Closed)
        {
            return new(T["Screening starts when the call has closed: until then the applicant may still change the application."]);
        }

        var moved = await transitions.FireAsync(application, pass ? ApplicationTrigger.PassScreening : ApplicationTrigger.FailScreening, reason, cancellationToken);
        if (!moved.Succeeded)
        {
            return new(moved.Error);
        }

        await LetterAsync(application, call.Setup, ApplicationMessages.ScreeningResult, null, cancellationToken);
        return ReviewResult.Ok;
    }

    /// <summary>The scored applications of the call in rank order, with the outcome and reason each would get.</summary>
    public async Task<IReadOnlyList<RankingRow>> RankingAsync(ReviewCall call, CancellationToken cancellationToken)
    {
        var scored = (await applications.Applications.AsNoTracking()
            .Where(a => a.CallSetupId == call.Setup.Id && a.Status == ApplicationStatus.Scored)
            .ToListAsync(cancellationToken))
            .Where(a => a.FinalScore is not null)
            .ToList();
        var ranked = Ranking.Rank(
            scored.Select(a => new RankingCandidate(a.Id, a.Municipality, a.FinalScore!.Value, a.SubmittedUtc ?? a.CreatedUtc)),
            call.Places, call.Settings.TotalPlaces, call.Settings.PassMark);
        var byId = scored.ToDictionary(a => a.Id);
        var rows = new List<RankingRow>(ranked.Count);
        foreach (var r in ranked)
        {
            var application = byId[r.Candidate.ApplicationId];
            rows.Add(new RankingRow(application, r, await ReasonAsync(application, r, call.Settings.TotalPlaces, call.Settings.PassMark, cancellationToken)));
        }

        return rows;
    }

    /// <summary>
    /// The call's decided applications (selected, reserve, not selected) in rank order, each with the letter sent
    /// since its decision, if any: what the ranking page shows once the ranking is confirmed.
    /// </summary>
    public async Task<IReadOnlyList<DecidedRow>> DecidedAsync(ReviewCall call, CancellationToken cancellationToken)
    {
        var decided = await applications.Applications.AsNoTracking()
            .Where(a => a.CallSetupId == call.Setup.Id && (a.Status == ApplicationStatus.Selected || a.Status == ApplicationStatus.Reserve || a.Status == ApplicationStatus.Rejected))
            .ToListAsync(cancellationToken);
        var ids = decided.Select(a => a.Id).ToList();
        var scores = await db.FinalScores.AsNoTracking().Where(f => ids.Contains(f.ApplicationId)).ToDictionaryAsync(f => f.ApplicationId, cancellationToken);
        var letters = await db.Letters.AsNoTracking().Where(l => ids.Contains(l.ApplicationId)).ToListAsync(cancellationToken);
        return decided
            .Select(a => new DecidedRow(
                a,
                scores.GetValueOrDefault(a.Id)?.Rank,
                a.FinalScore ?? scores.GetValueOrDefault(a.Id)?.Final,
                letters.Where(l => l.ApplicationId == a.Id && l.Outcome == a.Status && (a.DecidedUtc is null || l.SentUtc >= a.DecidedUtc))
                    .Select(l => (DateTime?)l.SentUtc).Max()))
            .OrderBy(r => r.Rank ?? int.MaxValue)
            .ThenBy(r => r.Application.Reference, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Confirms the ranking: each scored application is selected, placed on the reserve list or rejected, with its reason.</summary>
    public async Task<(int Decided, IReadOnlyList<string> Errors)> ConfirmRankingAsync(ReviewCall call, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var decided = 0;
        foreach (var row in await RankingAsync(call, cancellationToken))
        {
            var trigger = row.Ranked.Outcome switch
            {
                RankingOutcome.Selected => ApplicationTrigger.Select,
                RankingOutcome.Reserve => ApplicationTrigger.PlaceOnReserve,
                _ => ApplicationTrigger.Reject,
            };
            var application = await applications.Applications.FirstAsync(a => a.Id == row.Application.Id, cancellationToken);
            var moved = await transitions.FireAsync(application, trigger, row.Reason, cancellationToken);
            if (moved.Succeeded)
            {
                decided++;
                // A score set outside the committee (by a component, or carried over) still gets its rank recorded.
                var record = await db.FinalScores.FirstOrDefaultAsync(f => f.ApplicationId == application.Id, cancellationToken);
                if (record is null)
                {
                    record = new FinalScoreRecord { ApplicationId = application.Id, Combined = row.Ranked.Candidate.Score, Final = row.Ranked.Candidate.Score, Reason = row.Reason, DecidedUtc = Now };
                    db.FinalScores.Add(record);
                }

                record.Rank = row.Ranked.Rank;
            }
            else
            {
                errors.Add($"{application.Reference}: {moved.Error}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (decided, errors);
    }

    /// <summary>Sends the decision letter to every decided applicant who has not had one since the decision.</summary>
    public async Task<int> SendDecisionLettersAsync(ReviewCall call, CancellationToken cancellationToken)
    {
        var decided = await applications.Applications
            .Where(a => a.CallSetupId == call.Setup.Id && (a.Status == ApplicationStatus.Selected || a.Status == ApplicationStatus.Reserve || a.Status == ApplicationStatus.Rejected))
            .ToListAsync(cancellationToken);
        var ids = decided.Select(a => a.Id).ToList();
        var letters = await db.Letters.AsNoTracking().Where(l => ids.Contains(l.ApplicationId)).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var application in decided)
        {
            if (letters.Any(l => l.ApplicationId == application.Id && l.Outcome == application.Status && (application.DecidedUtc is null || l.SentUtc >= application.DecidedUtc)))
            {
                continue;
            }

            await LetterAsync(application, call.Setup, ApplicationMessages.DecisionLetter, application.FinalScore, cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>The letter the applicant may appeal against now, if the window is open and the status allows an appeal.</summary>
    public async Task<DecisionLetter?> OpenWindowAsync(Application application, CancellationToken cancellationToken)
    {
        if (!Appealable.Contains(application.Status))
        {
            return null;
        }

        var letter = await db.Letters.AsNoTracking()
            .Where(l => l.ApplicationId == application.Id && l.Outcome == application.Status)
            .OrderByDescending(l => l.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return letter is not null && Now < letter.AppealUntilUtc ? letter : null;
    }

    public async Task<ReviewResult> LodgeAppealAsync(Application application, string? text, CancellationToken cancellationToken)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < ReviewLimits.AppealTextMin)
        {
            return new(T["Explain why you appeal, in at least {0} characters.", ReviewLimits.AppealTextMin]);
        }

        if (text.Length > ReviewLimits.AppealText)
        {
            return new(T["The appeal is too long: at most {0} characters.", ReviewLimits.AppealText]);
        }

        if (await OpenWindowAsync(application, cancellationToken) is null)
        {
            return new(T["This decision can no longer be appealed: the appeal window has closed or there is no decision to appeal."]);
        }

        var from = application.Status;
        var moved = await transitions.FireAsync(application, ApplicationTrigger.Appeal, text, cancellationToken);
        if (!moved.Succeeded)
        {
            return new(moved.Error);
        }

        db.Appeals.Add(new Appeal { ApplicationId = application.Id, CallSetupId = application.CallSetupId, AppealedFrom = from, Text = text, LodgedUtc = Now });
        await db.SaveChangesAsync(cancellationToken);
        if (Mailer is { } mailer)
        {
            await mailer.SendAsync(ApplicationMessages.AppealReceived, application, new Dictionary<string, object?>(), cancellationToken);
        }

        return ReviewResult.Ok;
    }

    /// <summary>
    /// Upholds or dismisses an appeal with a reason. An upheld appeal against screening puts the application back
    /// into the review; one against the ranking selects it.
    /// </summary>
    public async Task<ReviewResult> DecideAppealAsync(long appealId, bool uphold, string? reason, CancellationToken cancellationToken)
    {
        var appeal = await db.Appeals.FirstOrDefaultAsync(a => a.Id == appealId, cancellationToken);
        if (appeal is null)
        {
            return new(T["The appeal does not exist."]);
        }

        if (appeal.Upheld is not null)
        {
            return new(T["This appeal has already been decided."]);
        }

        var application = await applications.Applications.FirstAsync(a => a.Id == appeal.ApplicationId, cancellationToken);
        var moved = await transitions.FireAsync(application, uphold ? ApplicationTrigger.UpholdAppeal : ApplicationTrigger.DismissAppeal, reason, cancellationToken);
        if (!moved.Succeeded)
        {
            return new(moved.Error);
        }

        if (uphold)
        {
            var next = appeal.AppealedFrom == ApplicationStatus.Ineligible ? ApplicationTrigger.Reinstate : ApplicationTrigger.Select;
            var followed = await transitions.FireAsync(application, next, reason, cancellationToken);
            if (!followed.Succeeded)
            {
                return new(followed.Error);
            }
        }

        appeal.Upheld = uphold;
        appeal.DecisionReason = reason?.Trim();
        appeal.DecidedBy = http.HttpContext?.User.Identity?.Name;
        appeal.DecidedUtc = Now;
        await db.SaveChangesAsync(cancellationToken);
        if (Mailer is { } mailer)
        {
            await mailer.SendAsync(ApplicationMessages.AppealDecision, application, new Dictionary<string, object?>
            {
                ["reason"] = appeal.DecisionReason,
                ["appeal_upheld"] = uphold,
            }, cancellationToken);
        }

        return ReviewResult.Ok;
    }

    /// <summary>Records a letter (its appeal window starts now) and sends it when a mailer is there.</summary>
    private async Task LetterAsync(Application application, CallSetup setup, string message, decimal? score, CancellationToken cancellationToken)
    {
        var rank = message == ApplicationMessages.DecisionLetter ? await RankOfAsync(application, cancellationToken) : null;
        var letter = new DecisionLetter
        {
            ApplicationId = application.Id,
            Outcome = application.Status,
            Rank = rank,
            SentUtc = Now,
            AppealUntilUtc = Now.AddDays(setup.AppealDays),
        };
        if (Mailer is { } mailer)
        {
            var culture = Cultures.Normalize(application.Culture) ?? Cultures.Default;
            letter.Emailed = await mailer.SendAsync(message, application, new Dictionary<string, object?>
            {
                ["reason"] = application.DecisionReason,
                ["score"] = score?.ToString("0.##", CultureInfo.GetCultureInfo(culture)),
                ["rank"] = rank,
                ["appeal_deadline"] = Appealable.Contains(application.Status) ? LocalTime(letter.AppealUntilUtc, culture) : null,
            }, cancellationToken);
        }

        db.Letters.Add(letter);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(ReviewsModule.Id, "review.letter", application.Reference ?? $"#{application.Id}", $"{message}: {application.Status}" + (letter.Emailed ? "" : " (not e-mailed)"), cancellationToken);
    }

    /// <summary>The overall rank recorded when the ranking was confirmed.</summary>
    private async Task<int?> RankOfAsync(Application application, CancellationToken cancellationToken) =>
        await db.FinalScores.AsNoTracking().Where(f => f.ApplicationId == application.Id).Select(f => f.Rank).FirstOrDefaultAsync(cancellationToken);

    /// <summary>An instant as the applicant reads it: Belgrade time, written the culture's way (as every engine e-mail writes it).</summary>
    public static string LocalTime(DateTime utc, string culture) => ApplicationMailer.FormatLocal(utc, culture);

    private async Task<string> ReasonAsync(Application application, RankedApplication ranked, int? totalPlaces, decimal passMark, CancellationToken cancellationToken)
    {
        var culture = Cultures.Normalize(application.Culture) ?? Cultures.Default;
        var info = CultureInfo.GetCultureInfo(culture);
        var score = ranked.Candidate.Score.ToString("0.##", info);
        string municipality = ranked.Candidate.Municipality ?? string.Empty;
        if (ranked.Candidate.Municipality is { } code && (await site.MunicipalitiesAsync(culture, cancellationToken)).TryGetValue(code, out var item))
        {
            municipality = item.DisplayText;
        }

        using var scope = new UiCultureScope(info);
        if (ranked.BelowPassMark)
        {
            return T["Final score {0}, below the pass mark of {1}.", score, passMark.ToString("0.##", info)];
        }

        return ranked.MunicipalityPlaces is { } places
            ? T["Ranked {0} of {1} in {2} (places: {3}). Final score {4}.", ranked.RankInMunicipality, ranked.CountInMunicipality, municipality, places, score]
            : totalPlaces is { } total
                ? T["Ranked {0} of {1} (places in total: {2}). Final score {3}.", ranked.Rank, ranked.Count, total, score]
                : T["Ranked {0} of {1}. Final score {2}.", ranked.Rank, ranked.Count, score];
    }
}

/// <summary>Runs localizer lookups in another culture (the applicant's) for the duration of a using block.</summary>
public sealed class UiCultureScope : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCultureScope(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
