using Integra.Applications;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Controllers;

/// <summary>The ranking of scored applications, its confirmation as decisions, and the decision letters.</summary>
[Route("admin/reviews/calls/{callSetupId:long}/ranking")]
[Permission(Permissions.DecideApplications)]
public sealed class RankingController(
    DecisionService decisions,
    IStringLocalizer<RankingController> T) : ReviewControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long callSetupId)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        return View(new RankingViewModel(call, await decisions.RankingAsync(call, Aborted), await MunicipalitiesAsync(), await decisions.DecidedAsync(call, Aborted)));
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(long callSetupId)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        var (decided, errors) = await decisions.ConfirmRankingAsync(call, Aborted);
        return Done($"/admin/reviews/calls/{callSetupId}/ranking", errors.Count > 0 ? string.Join(" ", errors) : null,
            T["{0} decisions recorded. Send the decision letters when you are ready.", decided]);
    }

    [HttpPost("letters")]
    public async Task<IActionResult> Letters(long callSetupId)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        var sent = await decisions.SendDecisionLettersAsync(call, Aborted);
        return Done($"/admin/reviews/calls/{callSetupId}/ranking", null, T["{0} decision letters sent; the appeal window of {1} days has started.", sent, call.Setup.AppealDays]);
    }
}
