using System.Globalization;
using Integra.Cms.Services;
using Integra.Core.Security;
using Integra.Reviews.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Reviews.Controllers;

/// <summary>What the review's admin screens share: the reader's culture, the call in the route, permissions and municipality names.</summary>
[Area(ReviewsModule.Id)]
public abstract class ReviewControllerBase : Controller
{
    protected string Culture => CultureInfo.CurrentUICulture.Name;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected string UserId => ReviewService.UserId(User) ?? string.Empty;

    protected Task<ReviewCall?> CallAsync(long callSetupId) =>
        HttpContext.RequestServices.GetRequiredService<ReviewCalls>().GetAsync(callSetupId, Culture, Aborted);

    protected Task<bool> MayAsync(string permission) =>
        HttpContext.RequestServices.GetRequiredService<PermissionService>().HasPermissionAsync(User, permission, Aborted);

    protected async Task<IReadOnlyDictionary<string, string>> MunicipalitiesAsync()
    {
        var items = await HttpContext.RequestServices.GetRequiredService<SiteContent>().MunicipalitiesAsync(Culture, Aborted);
        return Cms.Models.CmsContentTypes.MunicipalityCodes.ToDictionary(c => c, c => items.TryGetValue(c, out var item) ? item.DisplayText : c, StringComparer.OrdinalIgnoreCase);
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
