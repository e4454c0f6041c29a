using System.Net;
using Integra.Cms.Data;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Core.Email;
using Integra.Core.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Integra.Cms.Controllers;

/// <summary>The contact form: every message is stored, then e-mailed to the site's contact address.</summary>
public sealed class ContactController(
    SiteContent site,
    ItemPages pages,
    CmsDbContext db,
    SiteSettingsService settings,
    EmailSender email,
    TimeProvider clock,
    ILogger<ContactController> logger,
    IStringLocalizer<ContactController> t) : SiteController(site, pages)
{
    [HttpGet("/{culture:culture}/contact")]
    public IActionResult Index(bool sent = false)
    {
        SetContactMeta();
        ViewData["Sent"] = sent;
        return View(new ContactViewModel());
    }

    [HttpPost("/{culture:culture}/contact")]
    [EnableRateLimiting(CmsRateLimits.Contact)]
    public async Task<IActionResult> Index(ContactViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            SetContactMeta();
            ViewData["Sent"] = false;
            return View(model);
        }

        var message = new ContactMessage
        {
            Name = model.Name.Trim(),
            Email = model.Email.Trim(),
            Message = model.Message.Trim(),
            Culture = Culture,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ContactMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);

        var recipient = (await settings.GetAsync(cancellationToken)).ContactEmail;
        if (string.IsNullOrWhiteSpace(recipient))
        {
            logger.LogWarning("Contact message {Id} stored but not e-mailed: the site settings name no contact e-mail", message.Id);
        }
        else
        {
            var subject = $"Contact form: {message.Name}";
            var text = $"{message.Name} <{message.Email}> wrote ({message.Culture}):\n\n{message.Message}";
            var html = $"<p><strong>{WebUtility.HtmlEncode(message.Name)}</strong> &lt;{WebUtility.HtmlEncode(message.Email)}&gt; ({message.Culture}):</p><p>{WebUtility.HtmlEncode(message.Message).Replace("\n", "<br>", StringComparison.Ordinal)}</p>";
            await email.SendAsync(new EmailMessage(recipient, subject, html, text), cancellationToken);
        }

        return Redirect($"/{Culture}/contact?sent=true");
    }

    private void SetContactMeta() => SetMeta(t["Contact"], $"/{Culture}/contact", Site.AlternatesOfPath("/contact"));
}
