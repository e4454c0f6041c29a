using Integra.Admin.Services;
using Integra.Admin.ViewModels;
using Integra.Core.Data;
using Integra.Core.Localization;
using Integra.Core.Security;
using Integra.Core.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Admin.Controllers;

/// <summary>The site-wide settings, saved with optimistic concurrency so that one admin never silently overwrites another.</summary>
[Area("Integra.Admin")]
[Route("admin/settings")]
[Permission(Permissions.ManageSettings)]
public sealed class SettingsController(SiteSettingsService settings, IStringLocalizer<SettingsController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync(cancellationToken);
        return View(new SiteSettingsViewModel
        {
            SiteName = current.SiteName,
            DefaultCulture = current.DefaultCulture,
            Cultures = current.Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            TimeZone = current.TimeZone,
            ContactEmail = current.ContactEmail,
            ContactPhone = current.ContactPhone,
            ContactAddress = current.ContactAddress,
            RequireTwoFactorForStaff = current.RequireTwoFactorForStaff,
            Revision = current.Revision,
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SiteSettingsViewModel model, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(model.DefaultCulture) && !Cultures.IsSupported(model.DefaultCulture))
        {
            ModelState.AddModelError(nameof(model.DefaultCulture), T["Choose one of the languages offered."]);
        }

        if (model.Cultures.Any(c => !Cultures.IsSupported(c)))
        {
            ModelState.AddModelError(nameof(model.Cultures), T["Choose among the languages offered."]);
        }
        else if (model.Cultures.Count == 0)
        {
            ModelState.AddModelError(nameof(model.Cultures), T["Choose at least one language."]);
        }
        else if (Cultures.IsSupported(model.DefaultCulture) && !model.Cultures.Contains(model.DefaultCulture, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(model.Cultures), T["The site must serve its default language."]);
        }

        if (!string.IsNullOrWhiteSpace(model.TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(model.TimeZone, out _))
        {
            ModelState.AddModelError(nameof(model.TimeZone), T["“{0}” is not a time zone this server knows.", model.TimeZone]);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        try
        {
            await settings.SaveAsync(new SiteSettingsRecord
            {
                SiteName = model.SiteName,
                DefaultCulture = Cultures.Normalize(model.DefaultCulture)!,
                Cultures = string.Join(',', Cultures.All.Where(c => model.Cultures.Contains(c, StringComparer.OrdinalIgnoreCase))),
                TimeZone = model.TimeZone,
                ContactEmail = Blank(model.ContactEmail),
                ContactPhone = Blank(model.ContactPhone),
                ContactAddress = Blank(model.ContactAddress),
                RequireTwoFactorForStaff = model.RequireTwoFactorForStaff,
            }, model.Revision, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, T["Someone else saved the settings after you opened this page, so your changes were not saved. Open the settings again to see theirs, then make your changes once more."]);
            return View(model);
        }

        TempData["Notice"] = T["Settings saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
