using Integra.Core.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Web.Controllers;

/// <summary>Remembers the chosen language for pages whose URL carries no culture (admin, account).</summary>
public sealed class CultureController : Controller
{
    [HttpGet("/culture")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        var chosen = Cultures.Normalize(culture) ?? Cultures.Default;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/" + chosen);
    }
}
