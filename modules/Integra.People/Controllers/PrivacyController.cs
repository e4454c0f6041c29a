using Microsoft.AspNetCore.Mvc;

namespace Integra.People.Controllers;

/// <summary>The privacy notice: what the project collects about applicants, why, for how long, and their rights.</summary>
[Area(PeopleModule.Id)]
public sealed class PrivacyController : Controller
{
    [HttpGet("/{culture:culture}/privacy")]
    public IActionResult Index() => View();
}
