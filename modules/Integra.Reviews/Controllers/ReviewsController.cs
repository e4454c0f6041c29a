using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Core.Audit;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Controllers;

/// <summary>The calls under review, each call's review settings, and one application as staff see it.</summary>
[Route("admin/reviews")]
public sealed class ReviewsController(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    ReviewCalls calls,
    ApplicantData applicants,
    SensitiveAccess sensitiveAccess,
    ApplicationFiles files,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<ReviewsController> T) : ReviewControllerBase
{
    private static readonly string[] CriterionCultures = ["sq", "sr-Latn", "en"];

    [HttpGet("")]
    [Permission(Permissions.ViewApplications)]
    public IActionResult Home() => Redirect("/admin/reviews/calls");

    [HttpGet("calls")]
    [Permission(Permissions.ViewApplications)]
    public async Task<IActionResult> Index()
    {
        var list = await calls.ListAsync(Culture, Aborted);
        var counts = await applications.Applications.AsNoTracking()
            .Where(a => a.Status != ApplicationStatus.Draft)
            .GroupBy(a => new { a.CallSetupId, a.Status })
            .Select(g => new { g.Key.CallSetupId, g.Key.Status, Count = g.Count() })
            .ToListAsync(Aborted);
        int Count(long id, params ApplicationStatus[] statuses) => counts.Where(c => c.CallSetupId == id && statuses.Contains(c.Status)).Sum(c => c.Count);
        return View(list.Select(c => new CallRow(c,
            Count(c.Setup.Id, ApplicationStatus.Submitted),
            Count(c.Setup.Id, ApplicationStatus.Eligible, ApplicationStatus.UnderReview, ApplicationStatus.Scored),
            Count(c.Setup.Id, ApplicationStatus.Selected, ApplicationStatus.Reserve, ApplicationStatus.Rejected))).ToList());
    }

    [HttpGet("calls/{callSetupId:long}/settings")]
    [Permission(Permissions.ManageReviews)]
    public async Task<IActionResult> Settings(long callSetupId)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        var s = call.Settings;
        var form = new SettingsForm
        {
            EvaluatorsPerApplication = s.EvaluatorsPerApplication,
            ExcludeSameMunicipality = s.ExcludeSameMunicipality,
            BlindReview = s.BlindReview,
            SpreadThreshold = s.SpreadThreshold,
            CombineRule = s.CombineRule,
            TotalPlaces = s.TotalPlaces,
            PassMark = s.PassMark,
            Criteria = [.. call.Criteria.Select(c => new CriterionInput
            {
                Key = c.Key,
                NameSq = c.Name.GetValueOrDefault("sq"),
                NameSr = c.Name.GetValueOrDefault("sr-Latn"),
                NameEn = c.Name.GetValueOrDefault("en"),
                DescriptionSq = c.Description?.GetValueOrDefault("sq"),
                DescriptionSr = c.Description?.GetValueOrDefault("sr-Latn"),
                DescriptionEn = c.Description?.GetValueOrDefault("en"),
                Weight = c.Weight,
                MaxPoints = c.MaxPoints,
            })],
        };
        return View(new SettingsViewModel(call, WithBlankRows(form), await RubricLockedAsync(callSetupId)));
    }

    [HttpPost("calls/{callSetupId:long}/settings")]
    [Permission(Permissions.ManageReviews)]
    public async Task<IActionResult> Settings(long callSetupId, SettingsForm form)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        if (form.EvaluatorsPerApplication is < 1 or > 10)
        {
            ModelState.AddModelError(nameof(form.EvaluatorsPerApplication), T["Evaluators per application must be between 1 and 10."]);
        }

        if (form.SpreadThreshold is < 0 or > Scoring.Scale)
        {
            ModelState.AddModelError(nameof(form.SpreadThreshold), T["The spread threshold must be between 0 and {0} points.", Scoring.Scale]);
        }

        if (form.PassMark is < 0 or > Scoring.Scale)
        {
            ModelState.AddModelError(nameof(form.PassMark), T["The pass mark must be between 0 and {0} points.", Scoring.Scale]);
        }

        if (form.TotalPlaces is < 0)
        {
            ModelState.AddModelError(nameof(form.TotalPlaces), T["The total number of places cannot be negative."]);
        }

        if (!CombineRules.All.Contains(form.CombineRule))
        {
            ModelState.AddModelError(nameof(form.CombineRule), T["Choose how scores combine."]);
        }

        var criteria = new List<Criterion>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < form.Criteria.Count; i++)
        {
            var input = form.Criteria[i];
            if (string.IsNullOrWhiteSpace(input.NameSq) && string.IsNullOrWhiteSpace(input.NameSr) && string.IsNullOrWhiteSpace(input.NameEn))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(input.NameSq) || string.IsNullOrWhiteSpace(input.NameSr))
            {
                ModelState.AddModelError($"Criteria[{i}].NameSq", T["Criterion {0}: give its name in Albanian and in Serbian.", i + 1]);
            }

            if (input.Weight is not > 0 || input.Weight > 100)
            {
                ModelState.AddModelError($"Criteria[{i}].Weight", T["Criterion {0}: the weight must be more than 0 and at most 100.", i + 1]);
            }

            if (input.MaxPoints is not > 0 || input.MaxPoints > 1000)
            {
                ModelState.AddModelError($"Criteria[{i}].MaxPoints", T["Criterion {0}: the maximum points must be more than 0 and at most 1000.", i + 1]);
            }

            var key = string.IsNullOrWhiteSpace(input.Key) || used.Contains(input.Key) ? NewKey(used) : input.Key.Trim();
            used.Add(key);
            criteria.Add(new Criterion(key, Text(input.NameSq, input.NameSr, input.NameEn), input.Weight ?? 0, input.MaxPoints ?? 0)
            {
                Description = string.IsNullOrWhiteSpace(input.DescriptionSq) && string.IsNullOrWhiteSpace(input.DescriptionSr) && string.IsNullOrWhiteSpace(input.DescriptionEn)
                    ? null
                    : Text(input.DescriptionSq, input.DescriptionSr, input.DescriptionEn),
            });
        }

        var locked = await RubricLockedAsync(callSetupId);
        var criteriaJson = Criterion.ListToJson(criteria);
        if (locked && criteriaJson != Criterion.ListToJson(call.Criteria))
        {
            ModelState.AddModelError(string.Empty, T["Scores have been submitted for this call: the rubric can no longer change."]);
        }

        if (!ModelState.IsValid)
        {
            return View(new SettingsViewModel(call, WithBlankRows(form), locked));
        }

        var settings = await calls.SettingsAsync(callSetupId, Aborted);
        if (db.Entry(settings).State == EntityState.Detached)
        {
            db.Settings.Add(settings);
        }

        settings.EvaluatorsPerApplication = form.EvaluatorsPerApplication;
        settings.ExcludeSameMunicipality = form.ExcludeSameMunicipality;
        settings.BlindReview = form.BlindReview;
        settings.SpreadThreshold = form.SpreadThreshold;
        settings.CombineRule = form.CombineRule;
        settings.TotalPlaces = form.TotalPlaces;
        settings.PassMark = form.PassMark;
        settings.CriteriaJson = criteriaJson;
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        settings.Revision = Guid.NewGuid();
        await db.SaveChangesAsync(Aborted);
        await audit.WriteAsync(ReviewsModule.Id, "review.settings", call.Title, $"{form.EvaluatorsPerApplication} evaluators, blind {form.BlindReview}, {criteria.Count} criteria", Aborted);
        return Done($"/admin/reviews/calls/{callSetupId}/settings", null, T["The review settings have been saved."]);
    }

    [HttpGet("applications/{applicationId:long}")]
    [Permission(Permissions.ViewApplications)]
    public async Task<IActionResult> Application(long applicationId)
    {
        var application = await applications.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId && a.Status != ApplicationStatus.Draft, Aborted);
        if (application is null)
        {
            return NotFound();
        }

        var call = (await CallAsync(application.CallSetupId))!;
        var personal = await MayAsync(Permissions.ViewPersonalData);
        var form = await calls.FormAsync(application.FormVersionId, Aborted);
        var municipalities = await MunicipalitiesAsync();
        var contact = personal ? (await applicants.ContactsAsync([application], id => calls.FormAsync(id, Aborted), Aborted))[application.Id] : null;
        var sensitive = personal && await sensitiveAccess.MaySeeAsync(Aborted);
        if (sensitive && ApplicantData.HasSensitive(application, form))
        {
            await sensitiveAccess.RevealAsync([application], application.Reference ?? $"#{application.Id}", $"/admin/reviews/applications/{application.Id}", Aborted);
        }
        else if (contact is not null)
        {
            contact = contact with { PersonalNumber = contact.PersonalNumber is null ? null : People.Services.ISensitiveDataLog.Masked };
        }

        return View(new ApplicationDetailViewModel(
            application,
            call,
            contact,
            ApplicantData.Answers(application, form, personal ? Visibility.Full : Visibility.NoPersonal, Culture, municipalities, await files.OfAsync(application.Id, Aborted), personal ? $"/admin/reviews/applications/{application.Id}/files/" : null, sensitive),
            await applications.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == applicationId).OrderBy(e => e.Id).ToListAsync(Aborted),
            await db.Assignments.AsNoTracking().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.Id).ToListAsync(Aborted),
            await db.FinalScores.AsNoTracking().FirstOrDefaultAsync(f => f.ApplicationId == applicationId, Aborted),
            await db.Appeals.AsNoTracking().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.Id).ToListAsync(Aborted),
            application.Municipality is { } m ? municipalities.GetValueOrDefault(m, m) : null,
            personal));
    }

    /// <summary>
    /// A document of a submitted application, for staff who may see personal data; a sensitive one (e.g. the ID card)
    /// only for those who may see sensitive data, and its showing is logged like any sensitive answer.
    /// </summary>
    [HttpGet("applications/{applicationId:long}/files/{fileId:long}")]
    [Permission(Permissions.ViewPersonalData)]
    public async Task<IActionResult> File(long applicationId, long fileId)
    {
        var application = await applications.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId && a.Status != ApplicationStatus.Draft, Aborted);
        var file = application is null ? null : await files.FindAsync(applicationId, fileId, Aborted);
        if (application is null || file is null)
        {
            return NotFound();
        }

        var form = await calls.FormAsync(application.FormVersionId, Aborted);
        if (form.Fields.FirstOrDefault(f => f.Key == file.FieldKey) is { } field && ApplicantData.IsSensitive(field))
        {
            if (!await sensitiveAccess.MaySeeAsync(Aborted))
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            await sensitiveAccess.RevealAsync([application], application.Reference ?? $"#{application.Id}", Request.Path, Aborted);
        }

        var path = files.PathOf(file);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(path, file.ContentType, file.FileName);
    }

    private Task<bool> RubricLockedAsync(long callSetupId) =>
        db.Assignments.AnyAsync(a => a.CallSetupId == callSetupId && a.SubmittedUtc != null, Aborted);

    private static SettingsForm WithBlankRows(SettingsForm form)
    {
        while (form.Criteria.Count(c => string.IsNullOrWhiteSpace(c.NameSq) && string.IsNullOrWhiteSpace(c.NameSr) && string.IsNullOrWhiteSpace(c.NameEn)) < 2)
        {
            form.Criteria.Add(new CriterionInput());
        }

        return form;
    }

    private static string NewKey(HashSet<string> used)
    {
        for (var n = 1; ; n++)
        {
            if (!used.Contains($"c{n}"))
            {
                return $"c{n}";
            }
        }
    }

    private static LocalizedText Text(string? sq, string? sr, string? en)
    {
        var text = new LocalizedText();
        foreach (var (culture, value) in CriterionCultures.Zip(new[] { sq, sr, en }))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text[culture] = value.Trim();
            }
        }

        return text;
    }
}
