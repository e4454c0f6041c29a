using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.Cms.Controllers;

/// <summary>Events by the clock: those still to come (or under way) first, soonest first, then the latest that are over.</summary>
public sealed class EventsController(SiteContent site, ItemPages pages, SiteTime time, TimeProvider clock, IStringLocalizer<EventsController> t) : SiteController(site, pages)
{
    private const int PastShown = 20;

    [HttpGet("/{culture:culture}/events")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Event])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = (await Site.AllAsync(CmsContentTypes.Event, Culture, cancellationToken))
            .Where(e => e.UtcDateTime(CmsContentTypes.Fields.StartsAt) is not null)
            .Select(e => new EventCard(Link(e), e.UtcDateTime(CmsContentTypes.Fields.StartsAt)!.Value, e.UtcDateTime(CmsContentTypes.Fields.EndsAt), e.Text(CmsContentTypes.Fields.Place)))
            .ToList();
        var upcoming = events.Where(e => (e.EndsUtc ?? e.StartsUtc) >= now).OrderBy(e => e.StartsUtc).ToList();
        var past = events.Where(e => (e.EndsUtc ?? e.StartsUtc) < now).OrderByDescending(e => e.StartsUtc).Take(PastShown).ToList();
        if (upcoming.Count > 0)
        {
            ExpireIn(upcoming.Min(e => e.EndsUtc ?? e.StartsUtc) - now);
        }

        SetMeta(t["Events"], $"/{Culture}/events", Site.AlternatesOfPath("/events"));
        return View(new EventListViewModel(upcoming, past, await time.ZoneAsync(cancellationToken)));
    }
}
