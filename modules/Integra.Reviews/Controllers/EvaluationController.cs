using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Controllers;

/// <summary>
/// The evaluator's side: their assignments, the declaration of no conflict of interest that must come before the
/// application opens, and scoring against the call's rubric.
/// </summary>
[Route("admin/reviews/mine")]
[Permission(Permissions.EvaluateApplications)]
public sealed class EvaluationController(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    ReviewCalls calls,
    ApplicantData applicants,
    ReviewService reviews,
    ApplicationFiles files,
    IStringLocalizer<EvaluationController> T) : ReviewControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var mine = await db.Assignments.AsNoTracking().Where(a => a.EvaluatorUserId == UserId).OrderByDescending(a => a.Id).ToListAsync(Aborted);
        var ids = mine.Select(a => a.ApplicationId).ToList();
        var apps = await applications.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, Aborted);
        var titles = new Dictionary<long, string>();
        foreach (var callId in apps.Values.Select(a => a.CallSetupId).Distinct())
        {
            titles[callId] = (await CallAsync(callId))?.Title ?? string.Empty;
        }

        return View(mine.Where(a => apps.ContainsKey(a.ApplicationId)).Select(a =>
        {
            var application = apps[a.ApplicationId];
            return new MyAssignmentRow(a, application.Reference ?? "#" + application.Id, titles[application.CallSetupId], application.Status);
        }).ToList());
    }

    /// <summary>The declaration: nothing of the application shows here but its reference and call.</summary>
    [HttpGet("{assignmentId:long}")]
    public async Task<IActionResult> Declare(long assignmentId)
    {
        var assignment = await reviews.MineAsync(assignmentId, UserId, Aborted);
        if (assignment is null)
        {
            return NotFound();
        }

        if (assignment.Declaration == Declaration.NoConflict)
        {
            return Redirect($"/admin/reviews/mine/{assignmentId}/application");
        }

        var application = await applications.Applications.AsNoTracking().FirstAsync(a => a.Id == assignment.ApplicationId, Aborted);
        return View(new MyAssignmentRow(assignment, application.Reference ?? "#" + application.Id, (await CallAsync(application.CallSetupId))?.Title ?? string.Empty, application.Status));
    }

    [HttpPost("{assignmentId:long}")]
    public async Task<IActionResult> Declare(long assignmentId, string? declaration, string? note)
    {
        var assignment = await reviews.MineAsync(assignmentId, UserId, Aborted);
        if (assignment is null)
        {
            return NotFound();
        }

        if (declaration is not ("none" or "conflict"))
        {
            return Done($"/admin/reviews/mine/{assignmentId}", T["Choose whether you have a conflict of interest."]);
        }

        var conflict = declaration == "conflict";
        var result = await reviews.DeclareAsync(assignment, conflict, note, Aborted);
        if (!result.Succeeded)
        {
            return Done($"/admin/reviews/mine/{assignmentId}", result.Error);
        }

        return conflict
            ? Done("/admin/reviews/mine", null, T["Thank you. The application has been sent back for another evaluator."])
            : Redirect($"/admin/reviews/mine/{assignmentId}/application");
    }

    /// <summary>The application and the score sheet, only after a declaration of no conflict.</summary>
    [HttpGet("{assignmentId:long}/application")]
    public async Task<IActionResult> Application(long assignmentId)
    {
        var assignment = await reviews.MineAsync(assignmentId, UserId, Aborted);
        if (assignment is null)
        {
            return NotFound();
        }

        if (assignment.Declaration == Declaration.Pending)
        {
            TempData["Error"] = T["Declare whether you have a conflict of interest before the application opens."].Value;
            return Redirect($"/admin/reviews/mine/{assignmentId}");
        }

        if (assignment.Declaration == Declaration.Conflict)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return View(await ModelAsync(assignment));
    }

    [HttpPost("{assignmentId:long}/application")]
    public async Task<IActionResult> Score(long assignmentId, string? intent)
    {
        var assignment = await reviews.MineAsync(assignmentId, UserId, Aborted);
        if (assignment is null)
        {
            return NotFound();
        }

        if (assignment.Declaration != Declaration.NoConflict)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var application = await applications.Applications.AsNoTracking().FirstAsync(a => a.Id == assignment.ApplicationId, Aborted);
        var call = (await CallAsync(application.CallSetupId))!;
        var points = new Dictionary<string, decimal>();
        var comments = new Dictionary<string, string>();
        foreach (var criterion in call.Criteria)
        {
            var raw = Request.Form[$"points[{criterion.Key}]"].ToString();
            if (!string.IsNullOrWhiteSpace(raw))
            {
                if (InvariantDecimalBinder.Parse(raw) is not { } given)
                {
                    return Done($"/admin/reviews/mine/{assignmentId}/application", T["Points for {0} must be a number.", criterion.Name.In(Culture)]);
                }

                points[criterion.Key] = given;
            }

            comments[criterion.Key] = Request.Form[$"comments[{criterion.Key}]"].ToString().Trim();
        }

        var submit = intent == "submit";
        var result = await reviews.ScoreAsync(assignment, call.Criteria, points, comments, submit, Aborted);
        return Done($"/admin/reviews/mine/{assignmentId}/application", result.Error,
            submit ? T["Your scores have been submitted. Thank you."] : T["Your scores have been saved as a draft."]);
    }

    /// <summary>
    /// A document of the application, once the evaluator has declared no conflict, and only one the score sheet
    /// shows: never a sensitive one, nor an identifying one under blind review.
    /// </summary>
    [HttpGet("{assignmentId:long}/files/{fileId:long}")]
    public async Task<IActionResult> File(long assignmentId, long fileId)
    {
        var assignment = await reviews.MineAsync(assignmentId, UserId, Aborted);
        if (assignment is null || assignment.Declaration != Declaration.NoConflict)
        {
            return NotFound();
        }

        var file = await files.FindAsync(assignment.ApplicationId, fileId, Aborted);
        var application = await applications.Applications.AsNoTracking().FirstAsync(a => a.Id == assignment.ApplicationId, Aborted);
        var form = await calls.FormAsync(application.FormVersionId, Aborted);
        var field = file is null ? null : form.Fields.FirstOrDefault(f => f.Key == file.FieldKey);
        if (file is null || field is null || ApplicantData.IsSensitive(field) || !ApplicantData.Shows(field, await VisibilityAsync(application)))
        {
            return NotFound();
        }

        var path = files.PathOf(file);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(path, file.ContentType, file.FileName);
    }

    private async Task<Visibility> VisibilityAsync(Application application) =>
        (await CallAsync(application.CallSetupId))!.Settings.BlindReview ? Visibility.Blind
        : await MayAsync(Permissions.ViewPersonalData) ? Visibility.Full : Visibility.NamesOnly;

    private async Task<EvaluationViewModel> ModelAsync(Assignment assignment)
    {
        var application = await applications.Applications.AsNoTracking().FirstAsync(a => a.Id == assignment.ApplicationId, Aborted);
        var call = (await CallAsync(application.CallSetupId))!;
        var form = await calls.FormAsync(application.FormVersionId, Aborted);
        var blind = call.Settings.BlindReview;
        var visibility = await VisibilityAsync(application);
        var name = blind ? null : (await applicants.ContactsAsync([application], id => calls.FormAsync(id, Aborted), Aborted))[application.Id].Name;
        return new EvaluationViewModel(assignment, application, call, name, ApplicantData.Answers(application, form, visibility, Culture, await MunicipalitiesAsync(), await files.OfAsync(application.Id, Aborted), $"/admin/reviews/mine/{assignment.Id}/files/"),
            ReviewService.Points(assignment), ReviewService.Comments(assignment), Culture);
    }
}
