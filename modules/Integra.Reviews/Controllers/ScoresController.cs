using Integra.Applications;
using Integra.Applications.Data;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Controllers;

/// <summary>The scores of a call: evaluators' totals, how they combine, wide spreads, and the committee's final score.</summary>
[Route("admin/reviews/calls/{callSetupId:long}/scores")]
[Permission(Permissions.ManageReviews)]
public sealed class ScoresController(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    ReviewService reviews,
    IStringLocalizer<ScoresController> T) : ReviewControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long callSetupId)
    {
        var call = await CallAsync(callSetupId);
        return call is null ? NotFound() : View(new ScoresViewModel(call, await RowsAsync(call, null)));
    }

    [HttpGet("{applicationId:long}")]
    public async Task<IActionResult> Detail(long callSetupId, long applicationId)
    {
        var call = await CallAsync(callSetupId);
        var row = call is null ? null : (await RowsAsync(call, applicationId)).FirstOrDefault();
        return row is null ? NotFound() : View(new ScoreDetailViewModel(call!, row, Culture));
    }

    [HttpPost("{applicationId:long}")]
    public async Task<IActionResult> Final(long callSetupId, long applicationId, [ModelBinder(typeof(InvariantDecimalBinder))] decimal? final, string? reason)
    {
        if (final is null)
        {
            return Done($"/admin/reviews/calls/{callSetupId}/scores/{applicationId}", T["Give the final score."]);
        }

        var result = await reviews.SetFinalScoreAsync(callSetupId, applicationId, final.Value, reason, Aborted);
        return result.Succeeded
            ? Done($"/admin/reviews/calls/{callSetupId}/scores", null, T["The final score has been set."])
            : Done($"/admin/reviews/calls/{callSetupId}/scores/{applicationId}", result.Error);
    }

    private async Task<IReadOnlyList<ScoreRowView>> RowsAsync(ReviewCall call, long? only)
    {
        var query = applications.Applications.AsNoTracking()
            .Where(a => a.CallSetupId == call.Setup.Id && (a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.Scored));
        if (only is { } id)
        {
            query = query.Where(a => a.Id == id);
        }

        var list = await query.OrderBy(a => a.Id).ToListAsync(Aborted);
        var ids = list.Select(a => a.Id).ToList();
        var assignments = (await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.ApplicationId)).ToListAsync(Aborted)).ToLookup(a => a.ApplicationId);
        var finals = await db.FinalScores.AsNoTracking().Where(f => ids.Contains(f.ApplicationId)).ToDictionaryAsync(f => f.ApplicationId, Aborted);
        var municipalities = await MunicipalitiesAsync();
        return list.Select(a =>
        {
            var active = assignments[a.Id].Where(x => x.Active).ToList();
            var scored = active.Where(x => x.SubmittedUtc is not null && x.Total is not null).ToList();
            var totals = scored.Select(x => x.Total!.Value).ToList();
            var expected = call.Settings.EvaluatorsPerApplication;
            return new ScoreRowView(a, a.Municipality is { } m ? municipalities.GetValueOrDefault(m, m) : null, scored, expected,
                Scoring.Combine(totals, call.Settings.CombineRule), Scoring.Spread(totals), Scoring.SpreadTooWide(totals, call.Settings.SpreadThreshold),
                totals.Count >= expected && active.All(x => x.SubmittedUtc is not null), finals.GetValueOrDefault(a.Id));
        }).ToList();
    }
}
