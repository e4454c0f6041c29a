using Integra.Applications;
using Integra.Applications.Data;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Controllers;

/// <summary>A call's pool of evaluators and who evaluates which application, by hand or in turn.</summary>
[Route("admin/reviews/calls/{callSetupId:long}/evaluators")]
[Permission(Permissions.ManageReviews)]
public sealed class EvaluatorsController(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    CoreDbContext core,
    ReviewService reviews,
    IStringLocalizer<EvaluatorsController> T) : ReviewControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long callSetupId)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        var pool = await db.Evaluators.AsNoTracking().Where(e => e.CallSetupId == callSetupId).OrderBy(e => e.Id).ToListAsync(Aborted);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.CallSetupId == callSetupId).OrderBy(a => a.Id).ToListAsync(Aborted);
        var load = assignments.Where(a => a.Active).GroupBy(a => a.EvaluatorUserId).ToDictionary(g => g.Key, g => g.Count());
        var inPool = pool.Select(p => p.UserId).ToHashSet();
        var evaluatorRole = await core.Roles.Where(r => r.Name == Roles.Evaluator).Select(r => r.Id).FirstOrDefaultAsync(Aborted);
        var candidates = (await core.UserRoles.Where(ur => ur.RoleId == evaluatorRole)
                .Join(core.Users, ur => ur.UserId, u => u.Id, (ur, u) => new { u.Id, u.Email })
                .ToListAsync(Aborted))
            .Where(u => !inPool.Contains(u.Id))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => new EvaluatorOption(u.Id, u.Email ?? u.Id))
            .ToList();
        var municipalities = await MunicipalitiesAsync();
        var byApplication = assignments.ToLookup(a => a.ApplicationId);
        var rows = (await applications.Applications.AsNoTracking()
                .Where(a => a.CallSetupId == callSetupId && ReviewService.Assignable.Contains(a.Status))
                .OrderBy(a => a.Id)
                .ToListAsync(Aborted))
            .Select(a =>
            {
                var active = byApplication[a.Id].Count(x => x.Active);
                return new AssignmentRowView(a, a.Municipality is { } m ? municipalities.GetValueOrDefault(m, m) : null, [.. byApplication[a.Id]], active, active < call.Settings.EvaluatorsPerApplication);
            })
            .ToList();
        return View(new EvaluatorsViewModel(call, pool, load, candidates, municipalities, rows));
    }

    [HttpPost("pool")]
    public async Task<IActionResult> Add(long callSetupId, string? userId, string? municipality)
    {
        var user = userId is null ? null : await core.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, Aborted);
        var isEvaluator = user is not null && await core.UserRoles.AnyAsync(ur => ur.UserId == user.Id && core.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Evaluator), Aborted);
        if (user is null || !isEvaluator)
        {
            return Done(Back(callSetupId), T["Choose a user in the Evaluator role."]);
        }

        if (municipality is not null && !Cms.Models.CmsContentTypes.MunicipalityCodes.Contains(municipality))
        {
            municipality = null;
        }

        var result = await reviews.AddEvaluatorAsync(callSetupId, user.Id, user.Email ?? user.Id, municipality, Aborted);
        return Done(Back(callSetupId), result.Error, T["{0} has joined the pool.", user.Email ?? user.Id]);
    }

    [HttpPost("pool/{poolId:long}/remove")]
    public async Task<IActionResult> Remove(long callSetupId, long poolId)
    {
        var result = await reviews.RemoveEvaluatorAsync(callSetupId, poolId, Aborted);
        return Done(Back(callSetupId), result.Error, T["The evaluator has left the pool; their assignments stay."]);
    }

    [HttpPost("assign")]
    public async Task<IActionResult> Assign(long callSetupId, long applicationId, string? userId)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return Done(Back(callSetupId), T["Choose an evaluator."]);
        }

        var result = await reviews.AssignAsync(callSetupId, applicationId, userId, Aborted);
        return Done(Back(callSetupId), result.Error, T["The evaluator has been assigned."]);
    }

    [HttpPost("in-turn")]
    public async Task<IActionResult> InTurn(long callSetupId)
    {
        var (assigned, shortOf) = await reviews.AssignInTurnAsync(callSetupId, null, Aborted);
        return Done(Back(callSetupId), shortOf > 0 ? T["{0} assignments made; {1} applications still lack evaluators: add evaluators to the pool.", assigned, shortOf].Value : null,
            T["{0} assignments made, in turn.", assigned]);
    }

    private static string Back(long callSetupId) => $"/admin/reviews/calls/{callSetupId}/evaluators";
}
