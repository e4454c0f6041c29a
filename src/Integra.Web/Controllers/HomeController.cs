using Integra.Core.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Web.Controllers;

/// <summary>The site root sends visitors to their language's home page, which the website module (Integra.Cms) serves.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Root()
    {
        var culture = HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name;
        return LocalRedirect("/" + (Cultures.Normalize(culture) ?? Cultures.Default));
    }
}
