using System.Globalization;
using System.Security.Claims;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Applications.ViewModels;
using Integra.Cms.Services;
using Integra.Core.Security;
using Integra.People.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Applications.Controllers;

/// <summary>
/// The applicant's pages: start (one application per call), one step per page with autosave, files, the review
/// and submission, the receipt, the status with its timeline, and withdrawal. An application someone may not
/// open answers 404, exactly like one that does not exist.
/// </summary>
[Area(ApplicationsModule.Id)]
[Authorize]
public sealed class ApplyController(
    Applying applying,
    CallSetups setups,
    ApplicationFiles files,
    SubmissionService submissions,
    ApplicationTransitions transitions,
    ApplicationsDbContext db,
    SiteContent site,
    TimeProvider clock,
    ISensitiveDataLog sensitive,
    IStringLocalizer<ApplyController> T) : Controller
{
    private static string Culture => CultureInfo.CurrentUICulture.Name;

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("/{culture:culture}/applications")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = new List<MyApplication>();
        foreach (var application in await applying.MineAsync(UserId!, cancellationToken))
        {
            mine.Add(new MyApplication(application, (await applying.ContextAsync(application, Culture, cancellationToken)).CallTitle));
        }

        return View(mine);
    }

    [HttpGet("/{culture:culture}/applications/new")]
    [Permission(Permissions.ApplyToCalls)]
    public async Task<IActionResult> New(string? call, CancellationToken cancellationToken)
    {
        var setup = string.IsNullOrEmpty(call) ? null : await setups.ForContentItemAsync(call, cancellationToken);
        if (setup is null)
        {
            return NotFound();
        }

        var existing = await db.Applications.FirstOrDefaultAsync(a => a.ApplicantUserId == UserId && a.CallSetupId == setup.Id, cancellationToken);
        if (existing is null && !(await setups.WindowAsync(setup, cancellationToken)).IsOpenAt(Now))
        {
            return View("Message", new MessageViewModel(T["This call is not open"], T["Applications to this call can be made only while it is open."], T["See the open calls"], $"/{Culture}/calls"));
        }

        var application = existing ?? await applying.StartAsync(setup, UserId!, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name, Culture, cancellationToken);
        if (application.Status == ApplicationStatus.Draft)
        {
            var context = await applying.ContextAsync(application, Culture, cancellationToken);
            return Redirect($"/{Culture}/applications/{application.Id}/steps/{context.Schema.Steps[0].Key}");
        }

        return Redirect($"/{Culture}/applications/{application.Id}");
    }

    [HttpGet("/{culture:culture}/applications/{id:long}")]
    public async Task<IActionResult> Status(long id, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        var events = await db.ApplicationEvents.Where(e => e.ApplicationId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var versions = await db.Submissions.Where(s => s.ApplicationId == id).OrderByDescending(s => s.Version).ToListAsync(cancellationToken);
        var available = await transitions.AvailableAsync(User, application, cancellationToken);
        return View(new StatusViewModel(
            context,
            events,
            versions,
            context.IsEditableAt(Now),
            available.Contains(ApplicationTrigger.Withdraw),
            application.Status is ApplicationStatus.Ineligible or ApplicationStatus.Rejected or ApplicationStatus.Reserve,
            DeadlineOf(context),
            Culture));
    }

    [HttpGet("/{culture:culture}/applications/{id:long}/steps/{step}")]
    public async Task<IActionResult> Step(long id, string step, bool saved, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        if (context.Schema.Steps.FirstOrDefault(s => s.Key == step) is not { } formStep)
        {
            return NotFound();
        }

        return View("Step", await StepModelAsync(context, formStep, [], null, saved ? T["Your answers are saved. You can continue now or later, on this or another device."].Value : null, cancellationToken));
    }

    [HttpPost("/{culture:culture}/applications/{id:long}/steps/{step}")]
    public async Task<IActionResult> Step(long id, string step, string? go, Guid revision, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        if (context.Schema.Steps.FirstOrDefault(s => s.Key == step) is not { } formStep)
        {
            return NotFound();
        }

        if (!context.IsEditableAt(Now))
        {
            return View("Step", await StepModelAsync(context, formStep, [], null, ClosedNotice(context), cancellationToken));
        }

        var result = await applying.SaveStepAsync(context, formStep, Posted, revision, Culture, cancellationToken);
        if (result.Conflict)
        {
            return View("Step", await StepModelAsync(context, formStep, [new FieldError(string.Empty, T["This application was changed in another window or on another device after this page was opened. The page now shows the latest saved answers; enter your changes again."])], null, null, cancellationToken));
        }

        var errors = result.Errors.ToList();
        try
        {
            foreach (var field in formStep.Fields.Where(f => f.Kind == FieldKind.File))
            {
                foreach (var upload in Request.Form.Files.GetFiles(AnswerRules.InputName(field)).Where(u => u.Length > 0 || u.FileName.Length > 0))
                {
                    if (await files.UploadAsync(application, field, upload, UserId, Culture, cancellationToken) is { } problem)
                    {
                        errors.Add(new FieldError(field.Key, problem));
                    }
                }
            }

            if (go is not null && go.StartsWith("remove-", StringComparison.Ordinal) && long.TryParse(go["remove-".Length..], out var fileId))
            {
                await files.RemoveAsync(application, fileId, cancellationToken);
            }

            await files.RemoveUnlistedAsync(application, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            application = (await applying.FindForApplicantAsync(id, User, cancellationToken))!;
            context = await applying.ContextAsync(application, Culture, cancellationToken);
            errors.Add(new FieldError(string.Empty, T["This application was changed in another window or on another device after this page was opened. The page now shows the latest saved answers; enter your changes again."]));
        }

        if (errors.Count > 0)
        {
            return View("Step", await StepModelAsync(context, formStep, errors, PostedValues(formStep, errors), null, cancellationToken));
        }

        var steps = context.Schema.Steps.ToList();
        var index = steps.IndexOf(formStep);
        return go switch
        {
            "next" => Redirect(index + 1 < steps.Count ? $"/{Culture}/applications/{id}/steps/{steps[index + 1].Key}" : $"/{Culture}/applications/{id}/review"),
            "back" => Redirect(index > 0 ? $"/{Culture}/applications/{id}/steps/{steps[index - 1].Key}" : $"/{Culture}/applications/{id}"),
            "save" => Redirect($"/{Culture}/applications/{id}/steps/{step}?saved=true"),
            _ => Redirect($"/{Culture}/applications/{id}/steps/{step}"),
        };
    }

    /// <summary>The autosave script's endpoint: the step's answers without files; never checks that required questions are answered.</summary>
    [HttpPost("/{culture:culture}/applications/{id:long}/steps/{step}/autosave")]
    public async Task<IActionResult> Autosave(long id, string step, Guid revision, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        if (context.Schema.Steps.FirstOrDefault(s => s.Key == step) is not { } formStep)
        {
            return NotFound();
        }

        if (!context.IsEditableAt(Now))
        {
            return Conflict(new { message = ClosedNotice(context) });
        }

        var result = await applying.SaveStepAsync(context, formStep, Posted, revision, Culture, cancellationToken);
        if (result.Conflict)
        {
            return Conflict(new { message = T["This application was changed in another window or on another device. Reload the page to see the latest answers before you continue."].Value });
        }

        await files.RemoveUnlistedAsync(application, cancellationToken);
        return Json(new
        {
            revision = application.Revision,
            message = T["Saved at {0}", TimeZoneInfo.ConvertTimeFromUtc(Now, SubmissionService.BelgradeZone).ToString("HH:mm", CultureInfo.InvariantCulture)].Value,
            errors = result.Errors.Select(e => new { field = e.FieldKey, message = e.Message }),
        });
    }

    [HttpGet("/{culture:culture}/applications/{id:long}/review")]
    public async Task<IActionResult> Review(long id, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        var problems = await submissions.ProblemsAsync(context, Culture, cancellationToken);
        return View("Review", await ReviewModelAsync(context, problems, SubmissionService.NewKey(), cancellationToken));
    }

    [HttpPost("/{culture:culture}/applications/{id:long}/review")]
    public async Task<IActionResult> Submit(long id, string? key, string? consent, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        var outcome = await submissions.SubmitAsync(context, key, consent == "yes", Culture, User, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            db.ChangeTracker.Clear();
            application = (await applying.FindForApplicantAsync(id, User, cancellationToken))!;
            context = await applying.ContextAsync(application, Culture, cancellationToken);
            return View("Review", await ReviewModelAsync(context, outcome.Problems, key ?? SubmissionService.NewKey(), cancellationToken));
        }

        var submission = outcome.Submission!;
        var receipt = $"/{Culture}/applications/{id}/receipt?version={submission.Version}";
        if (!outcome.Repeated)
        {
            TempData["ReceiptEmailed"] = outcome.ReceiptEmailed;
        }

        return Redirect(receipt);
    }

    [HttpGet("/{culture:culture}/applications/{id:long}/receipt")]
    public async Task<IActionResult> Receipt(long id, int? version, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var submission = await db.Submissions.Where(s => s.ApplicationId == id && (version == null || s.Version == version))
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        if (submission is null)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        var answers = Answers.Parse(submission.AnswersJson);
        await ShowSensitiveAsync(context, answers, "application receipt", cancellationToken);
        return View(new ReceiptViewModel(
            context,
            submission,
            answers,
            await MunicipalitiesAsync(cancellationToken),
            await files.OfAsync(id, cancellationToken),
            SubmissionService.Belgrade(submission.SubmittedUtc),
            TempData["ReceiptEmailed"] is true,
            Culture));
    }

    /// <summary>An uploaded file, to its applicant, assisting staff and staff who see applications; never as a static file.</summary>
    [HttpGet("/{culture:culture}/applications/{id:long}/files/{fileId:long}")]
    public async Task<IActionResult> Download(long id, long fileId, CancellationToken cancellationToken)
    {
        if (await applying.FindForReadingAsync(id, User, cancellationToken) is null || await files.FindAsync(id, fileId, cancellationToken) is not { } file)
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

    [HttpGet("/{culture:culture}/applications/{id:long}/withdraw")]
    public async Task<IActionResult> Withdraw(long id, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var context = await applying.ContextAsync(application, Culture, cancellationToken);
        return View(new StatusViewModel(context, [], [], false, ApplicationWorkflow.Machine.CanFire(application.Status, ApplicationTrigger.Withdraw), false, DeadlineOf(context), Culture));
    }

    [HttpPost("/{culture:culture}/applications/{id:long}/withdraw")]
    public async Task<IActionResult> Withdraw(long id, string? reason, CancellationToken cancellationToken)
    {
        if (await applying.FindForApplicantAsync(id, User, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        var result = await transitions.FireAsync(application, ApplicationTrigger.Withdraw, reason, cancellationToken);
        if (!result.Succeeded)
        {
            var context = await applying.ContextAsync(application, Culture, cancellationToken);
            ModelState.AddModelError(string.Empty, result.Error!);
            return View(new StatusViewModel(context, [], [], false, false, false, DeadlineOf(context), Culture));
        }

        return Redirect($"/{Culture}/applications/{id}");
    }

    private IReadOnlyList<string> Posted(string name) => Request.Form[name].Select(v => v ?? string.Empty).ToList();

    /// <summary>What the applicant typed into the questions that were refused, so they can correct it rather than type it again.</summary>
    private Dictionary<string, IReadOnlyList<string>> PostedValues(FormStep step, IReadOnlyList<FieldError> errors) =>
        step.Fields.Where(f => f.Kind != FieldKind.File && errors.Any(e => e.FieldKey == f.Key))
            .ToDictionary(f => f.Key, f => Posted(AnswerRules.InputName(f)));

    private async Task<StepViewModel> StepModelAsync(ApplicationContext context, FormStep step, IReadOnlyList<FieldError> errors, Dictionary<string, IReadOnlyList<string>>? posted, string? notice, CancellationToken cancellationToken)
    {
        var answers = Answers.Parse(context.Application.AnswersJson);
        var values = context.Schema.Fields.ToDictionary(f => f.Key, f => answers.Values(f.Key));
        foreach (var (key, value) in posted ?? [])
        {
            values[key] = value;
        }

        var editable = context.IsEditableAt(Now);
        return new StepViewModel(
            context,
            step,
            context.Schema.Steps.ToList().IndexOf(step) + 1,
            values,
            errors,
            await MunicipalitiesAsync(cancellationToken),
            await files.OfAsync(context.Application.Id, cancellationToken),
            editable,
            DeadlineOf(context),
            notice ?? (editable ? null : ClosedNotice(context)),
            Culture);
    }

    private async Task<ReviewViewModel> ReviewModelAsync(ApplicationContext context, IReadOnlyList<FieldError> problems, string key, CancellationToken cancellationToken)
    {
        var answers = Answers.Parse(context.Application.AnswersJson);
        AnswerRules.DropHidden(context.Schema, answers);
        await ShowSensitiveAsync(context, answers, "application review", cancellationToken);
        return new ReviewViewModel(
            context,
            answers,
            problems,
            submissions.Consent(context.Setup, Culture),
            key,
            await MunicipalitiesAsync(cancellationToken),
            await files.OfAsync(context.Application.Id, cancellationToken),
            context.IsEditableAt(Now),
            DeadlineOf(context),
            Culture);
    }

    /// <summary>
    /// Staff reading an assisted application see its sensitive answers only with the permission, and the reading is
    /// logged against the person; the applicant reading their own answers is not a disclosure.
    /// </summary>
    private async Task ShowSensitiveAsync(ApplicationContext context, Answers answers, string location, CancellationToken cancellationToken)
    {
        if (context.Application.ApplicantUserId is { } owner && owner == UserId)
        {
            return;
        }

        var shown = context.Schema.Fields.Where(f => f.Sensitive && f.Kind != FieldKind.File && answers.Has(f.Key)).Select(f => f.Key).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        long[] people = context.Application.PersonId is { } personId ? [personId] : [];
        if (!await sensitive.RevealAsync(people, shown, $"{location} {context.Application.Id}", cancellationToken))
        {
            foreach (var key in shown)
            {
                answers.Set(key, ISensitiveDataLog.Masked);
            }
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        (await site.MunicipalitiesAsync(Culture, cancellationToken)).OrderBy(m => m.Value.DisplayText, StringComparer.Create(CultureInfo.CurrentCulture, true))
            .ToDictionary(m => m.Key, m => m.Value.DisplayText);

    private string ClosedNotice(ApplicationContext context) => context.Window.HasClosedAt(Now)
        ? T["The call closed on {0} (Kosovo time). The application can no longer be changed or submitted.", SubmissionService.Belgrade(context.Window.ClosesUtc!.Value)]
        : context.Application.Status is ApplicationStatus.Draft or ApplicationStatus.Submitted
            ? T["The call is not open yet."]
            : T["This application can no longer be changed."];

    /// <summary>Time left, computed here from the server clock, shown in Kosovo time (Europe/Belgrade).</summary>
    private Deadline DeadlineOf(ApplicationContext context)
    {
        if (context.Window.ClosesUtc is not { } closes)
        {
            return new Deadline(null, null, false);
        }

        var left = closes - Now;
        var closesAt = SubmissionService.Belgrade(closes)[..16];
        if (left <= TimeSpan.Zero)
        {
            return new Deadline(closesAt, null, true);
        }

        var text = left.TotalDays >= 1
            ? T["{0} days and {1} hours left", (int)left.TotalDays, left.Hours]
            : T["{0} hours and {1} minutes left", (int)left.TotalHours, left.Minutes];
        return new Deadline(closesAt, text, false);
    }
}
