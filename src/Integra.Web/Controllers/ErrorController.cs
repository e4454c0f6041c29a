using Microsoft.AspNetCore.Mvc;

namespace Integra.Web.Controllers;

/// <summary>Friendly error pages in the visitor's language; never a stack trace outside Development.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View("Error", Response.StatusCode);
    }
}
