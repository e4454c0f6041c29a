using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Core.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.Cms.Controllers;

public sealed class CallsController(SiteContent site, CallStatus calls, SiteTime time, AtomFeeds feeds, FeatureState features, IStringLocalizer<CallsController> t) : SiteController(site, calls, time)
{
    /// <summary>The applications engine (a later module); while it is absent a call page says how to apply instead of linking.</summary>
    public const string ApplicationsFeature = "Integra.Applications";

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
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var item = await Site.FindAsync(CmsContentTypes.Call, Culture, slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        await SetItemMetaAsync(item, cancellationToken);
        var card = (await CallCardsAsync([item], cancellationToken))[0];
        CacheUntilNextPhaseChange([card]);
        var componentNumber = item.Text(CmsContentTypes.Fields.Component);
        var component = (await Site.ComponentsAsync(Culture, cancellationToken))
            .FirstOrDefault(c => c.Number(CmsContentTypes.Fields.Number)?.ToString(System.Globalization.CultureInfo.InvariantCulture) == componentNumber);
        var municipalities = await Site.MunicipalitiesAsync(Culture, cancellationToken);
        var guidelines = item.Strings(CmsContentTypes.Fields.Guidelines)
            .Select(path => new GuidelineDocument(path.StartsWith('/') ? path : "/media/" + path, Path.GetFileName(path)))
            .ToList();
        var applyUrl = features.IsEnabled(ApplicationsFeature) && card.Phase == CallPhase.Open ? $"/{Culture}/applications/new?call={item.ContentItemId}" : null;
        return View(new CallViewModel(
            card,
            component is null ? null : Link(component),
            guidelines,
            item.QuestionsAndAnswers(CmsContentTypes.Fields.Questions),
            item.Strings(CmsContentTypes.Fields.Municipalities).Where(municipalities.ContainsKey).Select(c => Link(municipalities[c])).ToList(),
            applyUrl));
    }

    [HttpGet("/{culture:culture}/calls/feed")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call])]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var items = (await Site.AllAsync(CmsContentTypes.Call, Culture, cancellationToken)).Take(20).ToList();
        return await feeds.RenderAsync(t["Calls for applications"], $"/{Culture}/calls", $"/{Culture}/calls/feed", items, cancellationToken);
    }
}
