using System.Globalization;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Applications.ViewModels;
using Integra.Core.Audit;
using Integra.Core.Localization;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Applications.Controllers;

/// <summary>
/// The form builder: a call's steps and fields. Every change is checked as a whole form before it is saved; a form
/// frozen because its call is open is never changed in place: the change makes a new version for new applications.
/// </summary>
[Area(ApplicationsModule.Id)]
[Route("admin/applications/calls/{id:long}/form")]
[Permission(Permissions.ManageCallSetup)]
public sealed class CallSetupFormController(
    ApplicationsDbContext db,
    CallSetups setups,
    CallSetupFormValidator validator,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<CallSetupFormController> t) : Controller
{
    private const string AuditModule = "Applications";

    [HttpGet("")]
    public async Task<IActionResult> Index(long id, CancellationToken cancellationToken) =>
        await setups.GetAsync(id, cancellationToken) is { } setup ? View(await BuilderAsync(setup, cancellationToken)) : NotFound();

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(long id, string? language, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var culture = Cultures.Normalize(language) ?? CurrentCulture();
        var form = await setups.LatestFormAsync(setup, cancellationToken);
        ViewData["Culture"] = culture;
        ViewData["CallTitle"] = await TitleAsync(setup, cancellationToken);
        ViewData["SetupId"] = id;
        return View(setups.Schema(setup, form));
    }

    [HttpPost("steps")]
    public async Task<IActionResult> AddStep(long id, StepEditForm form, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var step = form.ApplyTo(null);
        return await ChangeAsync(setup, form.Revision, schema => schema with { Steps = [.. schema.Steps, step] }, "Form step added", step.Key,
            async (errors, problem) => View(nameof(Index), await BuilderAsync(setup, cancellationToken, errors, problem, form)), cancellationToken);
    }

    [HttpGet("steps/{stepKey}")]
    public async Task<IActionResult> EditStep(long id, string stepKey, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var latest = await setups.LatestFormAsync(setup, cancellationToken);
        var step = FormSchema.FromJson(latest.SchemaJson).Steps.FirstOrDefault(s => s.Key == stepKey);
        return step is null ? NotFound() : View(await StepModelAsync(setup, latest, stepKey, StepEditForm.From(step, latest.Revision), cancellationToken));
    }

    [HttpPost("steps/{stepKey}")]
    public async Task<IActionResult> EditStep(long id, string stepKey, StepEditForm form, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        return await ChangeAsync(setup, form.Revision, schema => schema with { Steps = schema.Steps.Select(s => s.Key == stepKey ? form.ApplyTo(s) : s).ToList() }, "Form step changed", stepKey,
            async (errors, problem) => View(await StepModelAsync(setup, await setups.LatestFormAsync(setup, cancellationToken), stepKey, form, cancellationToken, errors, problem)), cancellationToken,
            mustExist: schema => schema.Steps.Any(s => s.Key == stepKey));
    }

    [HttpPost("steps/{stepKey}/move")]
    public async Task<IActionResult> MoveStep(long id, string stepKey, string direction, Guid revision, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        return await ChangeAsync(setup, revision, schema => schema with { Steps = Move(schema.Steps.ToList(), schema.Steps.ToList().FindIndex(s => s.Key == stepKey), direction) }, "Form step moved", stepKey,
            async (errors, problem) => View(nameof(Index), await BuilderAsync(setup, cancellationToken, errors, problem)), cancellationToken,
            mustExist: schema => schema.Steps.Any(s => s.Key == stepKey));
    }

    [HttpPost("steps/{stepKey}/remove")]
    public async Task<IActionResult> RemoveStep(long id, string stepKey, Guid revision, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        return await ChangeAsync(setup, revision, schema => schema with { Steps = schema.Steps.Where(s => s.Key != stepKey).ToList() }, "Form step removed", stepKey,
            async (errors, problem) => View(nameof(Index), await BuilderAsync(setup, cancellationToken, errors, problem)), cancellationToken,
            mustExist: schema => schema.Steps.Any(s => s.Key == stepKey));
    }

    [HttpGet("steps/{stepKey}/fields/new")]
    public async Task<IActionResult> AddField(long id, string stepKey, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var latest = await setups.LatestFormAsync(setup, cancellationToken);
        return FormSchema.FromJson(latest.SchemaJson).Steps.Any(s => s.Key == stepKey)
            ? View("EditField", await FieldModelAsync(setup, latest, stepKey, null, new FieldEditForm { Revision = latest.Revision }, cancellationToken))
            : NotFound();
    }

    [HttpPost("steps/{stepKey}/fields/new")]
    public async Task<IActionResult> AddField(long id, string stepKey, FieldEditForm form, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var field = form.ToField(form.Key?.Trim() ?? string.Empty);
        return await ChangeAsync(setup, form.Revision,
            schema => schema with { Steps = schema.Steps.Select(s => s.Key == stepKey ? s with { Fields = [.. s.Fields, field] } : s).ToList() },
            "Form field added", field.Key,
            async (errors, problem) => View("EditField", await FieldModelAsync(setup, await setups.LatestFormAsync(setup, cancellationToken), stepKey, null, form, cancellationToken, errors, problem)),
            cancellationToken, mustExist: schema => schema.Steps.Any(s => s.Key == stepKey));
    }

    [HttpGet("fields/{key}")]
    public async Task<IActionResult> EditField(long id, string key, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var latest = await setups.LatestFormAsync(setup, cancellationToken);
        var step = FormSchema.FromJson(latest.SchemaJson).Steps.FirstOrDefault(s => s.Fields.Any(f => f.Key == key));
        return step is null
            ? NotFound()
            : View(await FieldModelAsync(setup, latest, step.Key, key, FieldEditForm.From(step.Fields.First(f => f.Key == key), latest.Revision), cancellationToken));
    }

    [HttpPost("fields/{key}")]
    public async Task<IActionResult> EditField(long id, string key, FieldEditForm form, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var latest = await setups.LatestFormAsync(setup, cancellationToken);
        var stepKey = FormSchema.FromJson(latest.SchemaJson).Steps.FirstOrDefault(s => s.Fields.Any(f => f.Key == key))?.Key ?? string.Empty;

        // The key names the answers already given, so it stays as it is.
        var field = form.ToField(key);
        return await ChangeAsync(setup, form.Revision, schema => Replace(schema, key, field), "Form field changed", key,
            async (errors, problem) => View(await FieldModelAsync(setup, await setups.LatestFormAsync(setup, cancellationToken), stepKey, key, form, cancellationToken, errors, problem)),
            cancellationToken, mustExist: schema => schema.Fields.Any(f => f.Key == key));
    }

    [HttpPost("fields/{key}/move")]
    public async Task<IActionResult> MoveField(long id, string key, string direction, Guid revision, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        return await ChangeAsync(setup, revision, schema => MoveField(schema, key, direction), "Form field moved", key,
            async (errors, problem) => View(nameof(Index), await BuilderAsync(setup, cancellationToken, errors, problem)), cancellationToken,
            mustExist: schema => schema.Fields.Any(f => f.Key == key));
    }

    [HttpPost("fields/{key}/remove")]
    public async Task<IActionResult> RemoveField(long id, string key, Guid revision, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        return await ChangeAsync(setup, revision,
            schema => schema with { Steps = schema.Steps.Select(s => s with { Fields = s.Fields.Where(f => f.Key != key).ToList() }).ToList() },
            "Form field removed", key,
            async (errors, problem) => View(nameof(Index), await BuilderAsync(setup, cancellationToken, errors, problem)), cancellationToken,
            mustExist: schema => schema.Fields.Any(f => f.Key == key));
    }

    /// <summary>
    /// Applies a change to the stored form the editor loaded (<paramref name="revision"/>), checks the result with what
    /// component modules add, and saves it: in place while the form is not frozen, else as a new version.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        Data.CallSetup setup,
        Guid revision,
        Func<FormSchema, FormSchema> change,
        string auditAction,
        string subject,
        Func<IReadOnlyList<string>, string?, Task<IActionResult>> again,
        CancellationToken cancellationToken,
        Func<FormSchema, bool>? mustExist = null)
    {
        var latest = await setups.LatestFormAsync(setup, cancellationToken);
        if (latest.Revision != revision)
        {
            return await again([], t["Someone else changed this form after you opened it. Nothing was saved: reload the form and make your change again."]);
        }

        var stored = FormSchema.FromJson(latest.SchemaJson);
        if (mustExist is not null && !mustExist(stored))
        {
            return NotFound();
        }

        var changed = change(stored);
        var errors = validator.Validate(setups.Schema(setup, new FormVersion { SchemaJson = changed.ToJson() }));
        if (errors.Count > 0)
        {
            return await again(errors, null);
        }

        // An open call's form is frozen before it is edited, so applications started on it keep it. Freezing reads
        // the version back: if another editor changed it since it was loaded, this change would undo theirs.
        var loaded = latest.SchemaJson;
        await setups.FormForNewApplicationAsync(setup, cancellationToken);
        if (latest.SchemaJson != loaded)
        {
            return await again([], t["Someone else changed this form after you opened it. Nothing was saved: reload the form and make your change again."]);
        }

        var editable = await setups.EditableFormAsync(setup, cancellationToken);
        editable.SchemaJson = changed.ToJson();
        editable.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        editable.Revision = Guid.NewGuid();
        try
        {
            // One statement for the new version with its change, or for the change in place (checked on the revision loaded).
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await again([], t["Someone else changed this form after you opened it. Nothing was saved: reload the form and make your change again."]);
        }

        await audit.WriteAsync(AuditModule, auditAction, $"{setup.CallId} form version {editable.Version.ToString(CultureInfo.InvariantCulture)}", subject, cancellationToken);
        TempData["Notice"] = editable.Version != latest.Version
            ? t["Saved as version {0} of the form, for new applications. Applications already started keep version {1}.", editable.Version, latest.Version].Value
            : t["The form is saved (version {0}).", editable.Version].Value;
        return Redirect($"/admin/applications/calls/{setup.Id}/form");
    }

    private static FormSchema Replace(FormSchema schema, string key, FormField field) =>
        schema with { Steps = schema.Steps.Select(s => s with { Fields = s.Fields.Select(f => f.Key == key ? field : f).ToList() }).ToList() };

    /// <summary>Up and down within the step; past its first or last field, into the step before or after.</summary>
    private static FormSchema MoveField(FormSchema schema, string key, string direction)
    {
        var steps = schema.Steps.Select(s => s.Fields.ToList()).ToList();
        var stepIndex = steps.FindIndex(f => f.Any(x => x.Key == key));
        var fields = steps[stepIndex];
        var index = fields.FindIndex(f => f.Key == key);
        var field = fields[index];
        var up = direction == "up";
        if (up ? index > 0 : index < fields.Count - 1)
        {
            steps[stepIndex] = Move(fields, index, direction);
        }
        else if (up ? stepIndex > 0 : stepIndex < steps.Count - 1)
        {
            fields.RemoveAt(index);
            if (up)
            {
                steps[stepIndex - 1].Add(field);
            }
            else
            {
                steps[stepIndex + 1].Insert(0, field);
            }
        }

        return schema with { Steps = schema.Steps.Select((s, i) => s with { Fields = steps[i] }).ToList() };
    }

    private static List<T> Move<T>(List<T> items, int index, string direction)
    {
        var target = direction == "up" ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= items.Count)
        {
            return items;
        }

        (items[index], items[target]) = (items[target], items[index]);
        return items;
    }

    private async Task<FormBuilderViewModel> BuilderAsync(
        Data.CallSetup setup, CancellationToken cancellationToken, IReadOnlyList<string>? errors = null, string? problem = null, StepEditForm? newStep = null)
    {
        var latest = await setups.LatestFormAsync(setup, cancellationToken);
        var stored = FormSchema.FromJson(latest.SchemaJson);
        return new FormBuilderViewModel
        {
            SetupId = setup.Id,
            CallTitle = await TitleAsync(setup, cancellationToken),
            Version = latest.Version,
            Frozen = await FrozenAsync(setup, latest, cancellationToken),
            Revision = latest.Revision,
            Schema = setups.Schema(setup, latest),
            EditableSteps = stored.Steps.Select(s => s.Key).ToHashSet(StringComparer.Ordinal),
            EditableFields = stored.Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal),
            Errors = errors ?? [],
            Problem = problem,
            NewStep = newStep ?? new StepEditForm { Revision = latest.Revision },
        };
    }

    private async Task<StepEditViewModel> StepModelAsync(
        Data.CallSetup setup, FormVersion latest, string stepKey, StepEditForm form, CancellationToken cancellationToken, IReadOnlyList<string>? errors = null, string? problem = null) => new()
    {
        SetupId = setup.Id,
        CallTitle = await TitleAsync(setup, cancellationToken),
        Version = latest.Version,
        Frozen = await FrozenAsync(setup, latest, cancellationToken),
        StepKey = stepKey,
        Form = form,
        Errors = errors ?? [],
        Problem = problem,
    };

    private async Task<FieldEditViewModel> FieldModelAsync(
        Data.CallSetup setup, FormVersion latest, string stepKey, string? key, FieldEditForm form, CancellationToken cancellationToken, IReadOnlyList<string>? errors = null, string? problem = null)
    {
        var schema = setups.Schema(setup, latest);
        var stepIndex = schema.Steps.ToList().FindIndex(s => s.Key == stepKey);
        var earlier = key is null
            ? schema.Steps.Take(stepIndex + 1).SelectMany(s => s.Fields).ToList()
            : schema.Fields.TakeWhile(f => f.Key != key).ToList();

        return new FieldEditViewModel
        {
            SetupId = setup.Id,
            CallTitle = await TitleAsync(setup, cancellationToken),
            Version = latest.Version,
            Frozen = await FrozenAsync(setup, latest, cancellationToken),
            StepKey = stepKey,
            FieldKey = key,
            EarlierFields = earlier,
            Form = form,
            Errors = errors ?? [],
            Problem = problem,
        };
    }

    /// <summary>Frozen, or about to be: an open call's form freezes on the next application.</summary>
    private async Task<bool> FrozenAsync(Data.CallSetup setup, FormVersion latest, CancellationToken cancellationToken) =>
        latest.FrozenUtc is not null || (await setups.WindowAsync(setup, cancellationToken)).OpensUtc is { } opens && clock.GetUtcNow().UtcDateTime >= opens;

    private async Task<string> TitleAsync(Data.CallSetup setup, CancellationToken cancellationToken) =>
        (await setups.CallItemAsync(setup, CurrentCulture(), cancellationToken))?.DisplayText ?? setup.CallId;

    private static string CurrentCulture() => Cultures.Normalize(CultureInfo.CurrentUICulture.Name) ?? Cultures.Default;
}
