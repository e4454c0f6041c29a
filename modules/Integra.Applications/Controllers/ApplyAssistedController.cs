using System.Security.Claims;
using Integra.Applications.Services;
using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Contents.Models;
using Integra.Core.Localization;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Applications.Controllers;

/// <summary>
/// Staff start an application for a person who applies on paper or in person (often without e-mail). It is marked
/// assisted; staff then fill and submit it through the applicant's own pages, recording the consent given on paper.
/// </summary>
[Area(ApplicationsModule.Id)]
[Route("admin/applications/assisted")]
[Permission(Permissions.EnterAssistedApplications)]
public sealed class ApplyAssistedController(Applying applying, CallSetups setups, SiteContent site, TimeProvider clock) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string? call, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = new List<ContentItem>();
        foreach (var item in await site.AllAsync(CmsContentTypes.Call, Cultures.Default, cancellationToken))
        {
            var window = new CallWindow(item.UtcDateTime(CmsContentTypes.Fields.OpensAt), item.UtcDateTime(CmsContentTypes.Fields.ClosesAt));
            if (window.IsOpenAt(now) && (call is null || item.ContentItemId == call))
            {
                open.Add(item);
            }
        }

        return View(open);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Start(string call, CancellationToken cancellationToken)
    {
        var setup = await setups.ForContentItemAsync(call, cancellationToken);
        if (setup is null || !(await setups.WindowAsync(setup, cancellationToken)).IsOpenAt(clock.GetUtcNow().UtcDateTime))
        {
            return NotFound();
        }

        var application = await applying.StartAssistedAsync(setup, User.FindFirstValue(ClaimTypes.NameIdentifier)!, Cultures.Default, cancellationToken);
        var context = await applying.ContextAsync(application, Cultures.Default, cancellationToken);
        return Redirect($"/{Cultures.Default}/applications/{application.Id}/steps/{context.Schema.Steps[0].Key}");
    }
}
