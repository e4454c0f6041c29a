using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.Cms.Controllers;

public sealed class CallsController(SiteContent site, ItemPages pages, AtomFeeds feeds, IStringLocalizer<CallsController> t) : SiteController(site, pages)
{
    [HttpGet("/{culture:culture}/calls")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var cards = await CallCardsAsync(await Site.AllAsync(CmsContentTypes.Call, Culture, cancellationToken), cancellationToken);
        CacheUntilNextPhaseChange(cards);
        SetMeta(t["Calls for applications"], $"/{Culture}/calls", Site.AlternatesOfPath("/calls"));
        return View(new CallsListViewModel(
            cards.Where(c => c.Phase == CallPhase.Open).OrderBy(c => c.ClosesUtc).ToList(),
            cards.Where(c => c.Phase == CallPhase.Upcoming).OrderBy(c => c.OpensUtc).ToList(),
            cards.Where(c => c.Phase == CallPhase.Closed).OrderByDescending(c => c.ClosesUtc).ToList()));
    }

    [HttpGet("/{culture:culture}/calls/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call, CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Municipality])]
    public Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        ShowAsync(CmsContentTypes.Call, slug, cancellationToken);

    [HttpGet("/{culture:culture}/calls/feed")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call])]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var items = (await Site.AllAsync(CmsContentTypes.Call, Culture, cancellationToken)).Take(20).ToList();
        return await feeds.RenderAsync(t["Calls for applications"], $"/{Culture}/calls", $"/{Culture}/calls/feed", items, cancellationToken);
    }
}
