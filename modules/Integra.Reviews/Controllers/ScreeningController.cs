using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Controllers;

/// <summary>Screening: each submitted application of a closed call passes or fails, with a reason.</summary>
[Route("admin/reviews/calls/{callSetupId:long}/screening")]
[Permission(Permissions.ScreenApplications)]
public sealed class ScreeningController(
    ApplicationsDbContext applications,
    ReviewCalls calls,
    ApplicantData applicants,
    DecisionService decisions,
    SensitiveAccess sensitiveAccess,
    ApplicationFiles files,
    IStringLocalizer<ScreeningController> T) : ReviewControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long callSetupId)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        var personal = await MayAsync(Permissions.ViewPersonalData);
        var submitted = call.Closed
            ? await applications.Applications.AsNoTracking()
                .Where(a => a.CallSetupId == callSetupId && a.Status == ApplicationStatus.Submitted)
                .OrderBy(a => a.Id)
                .ToListAsync(Aborted)
            : [];
        var checker = HttpContext.RequestServices.GetService<IEligibilityChecker>();
        var contacts = personal ? await applicants.ContactsAsync(submitted, id => calls.FormAsync(id, Aborted), Aborted) : null;
        var municipalities = await MunicipalitiesAsync();
        var rows = new List<ScreeningRow>(submitted.Count);
        var sensitive = personal && await sensitiveAccess.MaySeeAsync(Aborted);
        var revealed = new List<Application>();
        foreach (var application in submitted)
        {
            var form = await calls.FormAsync(application.FormVersionId, Aborted);
            if (sensitive && ApplicantData.HasSensitive(application, form))
            {
                revealed.Add(application);
            }

            rows.Add(new ScreeningRow(
                application,
                contacts?.GetValueOrDefault(application.Id),
                ApplicantData.Answers(application, form, personal ? Visibility.Full : Visibility.NoPersonal, Culture, municipalities, await files.OfAsync(application.Id, Aborted), personal ? $"/admin/reviews/applications/{application.Id}/files/" : null, sensitive),
                checker is null ? null : await checker.CheckAsync(application, call.Setup, Aborted),
                application.Municipality is { } m ? municipalities.GetValueOrDefault(m, m) : null));
        }

        await sensitiveAccess.RevealAsync(revealed, call.Title, $"/admin/reviews/calls/{callSetupId}/screening", Aborted);

        return View(new ScreeningViewModel(call, rows, personal, checker is not null));
    }

    [HttpPost("{applicationId:long}")]
    public async Task<IActionResult> Decide(long callSetupId, long applicationId, string decision, string? reason)
    {
        var result = await decisions.ScreenAsync(callSetupId, applicationId, decision == "pass", reason, Aborted);
        return Done($"/admin/reviews/calls/{callSetupId}/screening", result.Error,
            decision == "pass" ? T["The application passed screening."] : T["The application failed screening."]);
    }
}
