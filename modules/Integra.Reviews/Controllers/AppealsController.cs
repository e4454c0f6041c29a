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

/// <summary>Appeals across calls: holders of DecideAppeals uphold or dismiss each with a reason.</summary>
[Route("admin/reviews/appeals")]
[Permission(Permissions.DecideAppeals)]
public sealed class AppealsController(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    DecisionService decisions,
    IStringLocalizer<AppealsController> T) : ReviewControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var appeals = await db.Appeals.AsNoTracking().OrderByDescending(a => a.Id).Take(500).ToListAsync(Aborted);
        var ids = appeals.Select(a => a.ApplicationId).ToList();
        var apps = await applications.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, Aborted);
        var titles = new Dictionary<long, string>();
        foreach (var callId in apps.Values.Select(a => a.CallSetupId).Distinct())
        {
            titles[callId] = (await CallAsync(callId))?.Title ?? string.Empty;
        }

        var rows = appeals.Where(a => apps.ContainsKey(a.ApplicationId))
            .Select(a => new AppealRowView(a, apps[a.ApplicationId], titles[apps[a.ApplicationId].CallSetupId]))
            .ToList();
        return View(new AppealsViewModel(
            [.. rows.Where(r => r.Appeal.Upheld is null).OrderBy(r => r.Appeal.LodgedUtc)],
            [.. rows.Where(r => r.Appeal.Upheld is not null)]));
    }

    [HttpPost("{appealId:long}")]
    public async Task<IActionResult> Decide(long appealId, string? decision, string? reason)
    {
        if (decision is not ("uphold" or "dismiss"))
        {
            return Done("/admin/reviews/appeals", T["Choose whether to uphold or dismiss the appeal."]);
        }

        var result = await decisions.DecideAppealAsync(appealId, decision == "uphold", reason, Aborted);
        return Done("/admin/reviews/appeals", result.Error,
            decision == "uphold" ? T["The appeal has been upheld and the applicant told."] : T["The appeal has been dismissed and the applicant told."]);
    }
}
