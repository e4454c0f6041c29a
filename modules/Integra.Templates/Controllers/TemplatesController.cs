using System.Globalization;
using System.Net;
using Integra.Core.Audit;
using Integra.Core.Features;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Integra.Core.Security;
using Integra.Templates.Data;
using Integra.Templates.Services;
using Integra.Templates.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Templates.Controllers;

[Area(TemplatesModule.Id)]
[Route("admin/templates")]
[Permission(Permissions.ManageTemplates)]
public sealed class TemplatesController(
    TemplateLibrary library,
    TemplateErrors errors,
    LiquidEngine engine,
    TemplatesDbContext db,
    AuditLog audit,
    TimeProvider clock,
    FeatureState features,
    FeatureContributions contributions,
    IStringLocalizer<TemplatesController> t) : Controller
{
    private const string AuditModule = "Templates";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var lastErrors = await errors.AllAsync(cancellationToken);
        var rows = new List<TemplateListRow>();
        foreach (var definition in library.Definitions.Values)
        {
            var origin = (await library.CurrentAsync(definition.Name, cancellationToken))?.Origin ?? TemplateOrigin.Default;
            rows.Add(new TemplateListRow(definition, origin, lastErrors.GetValueOrDefault(definition.Name)));
        }

        return View(rows);
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, string? culture, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, Cultures.Normalize(culture) ?? CurrentCulture(), cancellationToken) is not { } model)
        {
            return NotFound();
        }

        return View(model);
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, TemplateEditForm form, CancellationToken cancellationToken)
    {
        if (await LoadAsync(name, Cultures.Normalize(form.Culture) ?? CurrentCulture(), cancellationToken) is not { } model)
        {
            return NotFound();
        }

        model.Source = form.Source;
        model.Revision = form.Revision;
        var parsed = engine.Parse(form.Source);
        model.SyntaxError = parsed.Error;
        model.SyntaxChecked = true;
        switch (form.Command)
        {
            case "preview" when parsed.Template is not null:
                await PreviewAsync(model, parsed, cancellationToken);
                break;
            case "save" when parsed.Template is null:
                model.Problem = t["The template was not saved: fix the syntax error first."];
                break;
            case "save":
                if (await SaveAsync(name, form, cancellationToken))
                {
                    TempData["Notice"] = t["Template {0} saved.", name].Value;
                    return RedirectToAction(nameof(Edit), new { name });
                }

                model.Problem = t["Someone else saved this template after you opened it. Your text is below; copy it, reload the editor and apply your change again."];
                break;
        }

        return View(model);
    }

    [HttpPost("{name}/reset")]
    public async Task<IActionResult> Reset(string name, CancellationToken cancellationToken)
    {
        if (!library.Definitions.ContainsKey(name))
        {
            return NotFound();
        }

        var deleted = await db.Templates.Where(x => x.Name == name).ExecuteDeleteAsync(cancellationToken);
        await errors.ClearAsync(name, cancellationToken);
        library.Forget(name);
        if (deleted > 0)
        {
            await audit.WriteAsync(AuditModule, "Template reset to default", name, cancellationToken: cancellationToken);
            await NotifyChangedAsync(name, cancellationToken);
        }

        TempData["Notice"] = t["Template {0} is back to its default.", name].Value;
        return RedirectToAction(nameof(Edit), new { name });
    }

    private async Task<TemplateEditViewModel?> LoadAsync(string name, string culture, CancellationToken cancellationToken)
    {
        if (!library.Definitions.TryGetValue(name, out var definition))
        {
            return null;
        }

        var current = await library.CurrentAsync(name, cancellationToken);
        return new TemplateEditViewModel
        {
            Definition = definition,
            Origin = current?.Origin ?? TemplateOrigin.Default,
            Source = current?.Source ?? definition.DefaultSource,
            Revision = current?.Origin == TemplateOrigin.Edited ? current.Revision : 0,
            Culture = culture,
            FallbackSource = library.FallbackSource(name),
            LastError = await errors.FindAsync(name, cancellationToken),
        };
    }

    private async Task PreviewAsync(TemplateEditViewModel model, ParsedTemplate parsed, CancellationToken cancellationToken)
    {
        try
        {
            var html = await engine.RenderAsync(parsed.Template!, model.Definition.SampleModel, model.Culture, cancellationToken);
            model.PreviewDocument = $"<!DOCTYPE html><html lang=\"{model.Culture}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(model.Definition.Name)}</title></head><body>{html}</body></html>";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            model.PreviewError = e.Message;
        }
    }

    /// <summary>Saves over exactly the revision the editor was opened at; false when someone saved in between.</summary>
    private async Task<bool> SaveAsync(string name, TemplateEditForm form, CancellationToken cancellationToken)
    {
        var row = await db.Templates.SingleOrDefaultAsync(x => x.Name == name, cancellationToken);
        if ((row?.Revision ?? 0) != form.Revision)
        {
            return false;
        }

        if (row is null)
        {
            row = new EditedTemplate { Name = name, Source = form.Source };
            db.Templates.Add(row);
        }

        row.Source = form.Source;
        row.Revision = form.Revision + 1;
        row.ModifiedBy = User.Identity?.Name;
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or two first edits inserting the same name at once.
            return false;
        }

        await errors.ClearAsync(name, cancellationToken);
        library.Forget(name);
        await audit.WriteAsync(AuditModule, "Template saved", name, $"Revision {row.Revision}", cancellationToken);
        await NotifyChangedAsync(name, cancellationToken);
        return true;
    }

    private async Task NotifyChangedAsync(string name, CancellationToken cancellationToken)
    {
        foreach (var handler in contributions.Enabled<ITemplateChangeHandler>(features, HttpContext.RequestServices))
        {
            await handler.ChangedAsync(name, cancellationToken);
        }
    }

    private static string CurrentCulture() => Cultures.Normalize(CultureInfo.CurrentUICulture.Name) ?? Cultures.Default;
}
