using System.Globalization;
using Integra.Cms.Models;
using Integra.Cms.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.StartUps.Controllers;

/// <summary>What the component's admin screens share: the reader's culture, municipality names and the notice after a POST.</summary>
[Area(StartUpsModule.Id)]
public abstract class StartUpsControllerBase : Controller
{
    protected string Culture => CultureInfo.CurrentUICulture.Name;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected async Task<IReadOnlyDictionary<string, string>> MunicipalitiesAsync()
    {
        var items = await HttpContext.RequestServices.GetRequiredService<SiteContent>().MunicipalitiesAsync(Culture, Aborted);
        return CmsContentTypes.MunicipalityCodes.ToDictionary(c => c, c => items.TryGetValue(c, out var item) ? item.DisplayText : c, StringComparer.OrdinalIgnoreCase);
    }

    protected IActionResult Done(string url, string? error, string? notice = null)
    {
        if (error is not null)
        {
            TempData["Error"] = error;
        }
        else if (notice is not null)
        {
            TempData["Notice"] = notice;
        }

        return Redirect(url);
    }
}
