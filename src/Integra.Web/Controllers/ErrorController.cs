using Microsoft.AspNetCore.Mvc;

namespace Integra.Web.Controllers;

/// <summary>Friendly error pages in the visitor's language; never a stack trace outside Development.</summary>
/// <remarks>
/// Status pages are re-executed with the failed request's method, so a refused POST arrives here as a POST
/// without a valid token: antiforgery must not turn its 403 or 404 into a 400.
/// </remarks>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View("Error", Response.StatusCode);
    }
}
