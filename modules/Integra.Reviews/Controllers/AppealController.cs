using System.Security.Claims;
using Integra.Applications.Data;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Integra.Reviews.Controllers;

/// <summary>The applicant's appeal against a decision, while its window is open. Only the application's owner gets here.</summary>
[Area(ReviewsModule.Id)]
[Authorize]
public sealed class AppealController(ApplicationsDbContext applications, ReviewsDbContext db, DecisionService decisions) : Controller
{
    [HttpGet("/{culture:culture}/applications/{applicationId:long}/appeal")]
    public async Task<IActionResult> Index(long applicationId)
    {
        var application = await OwnAsync(applicationId);
        return application is null ? NotFound() : View(await ModelAsync(application, new AppealForm(), null));
    }

    [HttpPost("/{culture:culture}/applications/{applicationId:long}/appeal")]
    public async Task<IActionResult> Index(long applicationId, AppealForm form)
    {
        var application = await OwnAsync(applicationId);
        if (application is null)
        {
            return NotFound();
        }

        var result = await decisions.LodgeAppealAsync(application, form.Text, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return View(await ModelAsync(application, form, result.Error));
        }

        return Redirect($"/{RouteData.Values["culture"]}/applications/{applicationId}/appeal");
    }

    private async Task<AppealPageViewModel> ModelAsync(Application application, AppealForm form, string? error) =>
        new(application, await decisions.OpenWindowAsync(application, HttpContext.RequestAborted), form, error,
            await db.Appeals.AsNoTracking().Where(a => a.ApplicationId == application.Id).OrderByDescending(a => a.Id).FirstOrDefaultAsync(HttpContext.RequestAborted));

    /// <summary>Another applicant's application answers 404, as if it did not exist.</summary>
    private Task<Application?> OwnAsync(long applicationId)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return applications.Applications.FirstOrDefaultAsync(a => a.Id == applicationId && a.ApplicantUserId != null && a.ApplicantUserId == userId, HttpContext.RequestAborted);
    }
}
