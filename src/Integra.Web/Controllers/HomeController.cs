using Integra.Core.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Web.Controllers;

/// <summary>The public home page. The website module replaces its content; the host keeps the entry points.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Root()
    {
        var culture = HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name;
        return LocalRedirect("/" + (Cultures.Normalize(culture) ?? Cultures.Default));
    }

    [HttpGet("/{culture:culture}")]
    public IActionResult Index() => View();
}
