using System.Net;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Applications.ViewModels;
using Integra.Core.Audit;
using Integra.Core.Localization;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Integra.Applications.Controllers;

/// <summary>The engine's e-mails per message and culture: list, edit with a syntax check and a preview, reset.</summary>
[Area(ApplicationsModule.Id)]
[Route("admin/applications/messages")]
[Permission(Permissions.ManageCallSetup)]
public sealed class CallSetupMessagesController(
    MessageTemplates templates,
    ApplicationMailer mailer,
    AuditLog audit,
    IStringLocalizer<CallSetupMessagesController> t) : Controller
{
    private const string AuditModule = "Applications";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var edited = (await templates.EditedAsync(cancellationToken)).Select(m => (m.MessageKey, m.Culture)).ToHashSet();
        var rows = MessageTemplatesDefaults.Keys.Select(key => new MessageListRow(
            key,
            MessageTemplatesDefaults.Description(key),
            MessageTemplates.Cultures.Select(culture => new MessageCultureCell(culture, Origin(edited, key, culture))).ToList())).ToList();
        return View(rows);
    }

    [HttpGet("{key}/{language}")]
    public async Task<IActionResult> Edit(string key, string language, CancellationToken cancellationToken)
    {
        if (Known(key, language) is not { } normalized)
        {
            return NotFound();
        }

        var source = await templates.SourceAsync(key, normalized, cancellationToken);
        return View(await ModelAsync(source, cancellationToken));
    }

    [HttpPost("{key}/{language}")]
    public async Task<IActionResult> Edit(string key, string language, MessageEditForm form, CancellationToken cancellationToken)
    {
        if (Known(key, language) is not { } normalized)
        {
            return NotFound();
        }

        var current = await templates.SourceAsync(key, normalized, cancellationToken);
        var model = await ModelAsync(current, cancellationToken);
        model.Subject = form.Subject ?? string.Empty;
        model.Body = form.Body ?? string.Empty;
        model.Revision = form.Revision;
        model.Problems = templates.Check(model.Subject, model.Body);
        model.SyntaxChecked = true;
        if (string.IsNullOrWhiteSpace(model.Subject) || string.IsNullOrWhiteSpace(model.Body))
        {
            model.Problem = t["Write both a subject and a body."];
            return View(model);
        }

        if (model.Subject.Length > MessageTemplate.MaxSubjectLength)
        {
            model.Problem = t["The subject is too long: at most {0} characters.", MessageTemplate.MaxSubjectLength];
            return View(model);
        }

        switch (form.Command)
        {
            case "preview" when model.Problems.Count == 0:
                await PreviewAsync(model, cancellationToken);
                break;
            case "save" when model.Problems.Count > 0:
                model.Problem = t["The e-mail was not saved: fix the syntax errors first."];
                break;
            case "save":
                if (await templates.SaveAsync(key, normalized, model.Subject, model.Body, form.Revision, User.Identity?.Name, cancellationToken))
                {
                    await audit.WriteAsync(AuditModule, "Application e-mail saved", $"{key} ({normalized})", $"Revision {form.Revision + 1}", cancellationToken);
                    TempData["Notice"] = t["The e-mail is saved; it is sent from now on."].Value;
                    return Redirect($"/admin/applications/messages/{key}/{normalized}");
                }

                model.Problem = t["Someone else saved this e-mail after you opened it. Your text is below; copy it, reload the page and apply your change again."];
                break;
        }

        return View(model);
    }

    [HttpPost("{key}/{language}/reset")]
    public async Task<IActionResult> Reset(string key, string language, CancellationToken cancellationToken)
    {
        if (Known(key, language) is not { } normalized)
        {
            return NotFound();
        }

        if (await templates.ResetAsync(key, normalized, cancellationToken))
        {
            await audit.WriteAsync(AuditModule, "Application e-mail reset to default", $"{key} ({normalized})", cancellationToken: cancellationToken);
        }

        TempData["Notice"] = t["The e-mail is back to its default text."].Value;
        return Redirect($"/admin/applications/messages/{key}/{normalized}");
    }

    private async Task<MessageEditViewModel> ModelAsync(MessageTemplateSource source, CancellationToken cancellationToken) => new()
    {
        MessageKey = source.MessageKey,
        Culture = source.Culture,
        Description = MessageTemplatesDefaults.Description(source.MessageKey),
        Origin = source.Origin,
        Subject = source.Subject,
        Body = source.Body,
        Revision = source.Origin == MessageTemplateOrigin.Edited ? source.Revision : 0,
        Fallback = source.Origin == MessageTemplateOrigin.Edited ? await templates.FallbackAsync(source.MessageKey, source.Culture, cancellationToken) : null,
    };

    private async Task PreviewAsync(MessageEditViewModel model, CancellationToken cancellationToken)
    {
        try
        {
            var values = await mailer.SampleValuesAsync(model.Culture, cancellationToken);
            var rendered = await templates.RenderDraftAsync(model.Subject, model.Body, values, model.Culture, cancellationToken);
            model.PreviewSubject = rendered.Subject;
            model.PreviewText = rendered.Text;
            model.PreviewDocument = $"<!DOCTYPE html><html lang=\"{model.Culture}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(rendered.Subject)}</title></head><body>{rendered.Html}</body></html>";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            model.PreviewError = e.Message;
        }
    }

    /// <summary>The message's language is not named "culture" in the route: that would switch the admin's own language.</summary>
    private static string? Known(string key, string language) =>
        MessageTemplatesDefaults.IsKnown(key) ? Cultures.Normalize(language) : null;

    private static MessageTemplateOrigin Origin(HashSet<(string, string)> edited, string key, string culture) =>
        edited.Contains((key, culture)) ? MessageTemplateOrigin.Edited
        : culture == Cultures.SerbianCyrillic ? MessageTemplateOrigin.Transliterated
        : MessageTemplateOrigin.Default;
}
