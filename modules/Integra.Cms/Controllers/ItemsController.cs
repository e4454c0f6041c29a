using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Contents.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Integra.Cms.Controllers;

/// <summary>Component, municipality, event, question and plain pages.</summary>
public sealed class ItemsController(SiteContent site, CallStatus calls, SiteTime time) : SiteController(site, calls, time)
{
    [HttpGet("/{culture:culture}/components/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call])]
    public async Task<IActionResult> Component(string slug, CancellationToken cancellationToken)
    {
        var item = await Site.FindAsync(CmsContentTypes.ComponentPage, Culture, slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        await SetItemMetaAsync(item, cancellationToken, "website");
        var number = item.Number(CmsContentTypes.Fields.Number)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cards = await CallCardsAsync((await Site.AllAsync(CmsContentTypes.Call, Culture, cancellationToken)).Where(c => c.Text(CmsContentTypes.Fields.Component) == number), cancellationToken);
        CacheUntilNextPhaseChange(cards);
        var targets = new List<Counter>();
        if (item.Number(CmsContentTypes.Fields.Target) is { } target)
        {
            targets.Add(new Counter(target, item.Text(CmsContentTypes.Fields.TargetUnit) ?? string.Empty, string.Empty));
        }

        if (item.Number(CmsContentTypes.Fields.SecondTarget) is { } second)
        {
            targets.Add(new Counter(second, item.Text(CmsContentTypes.Fields.SecondTargetUnit) ?? string.Empty, string.Empty));
        }

        return View(new ComponentViewModel(item, targets, cards));
    }

    [HttpGet("/{culture:culture}/municipalities/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Municipality, CmsOutputCache.TypeTagPrefix + CmsContentTypes.NewsArticle, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call])]
    public async Task<IActionResult> Municipality(string slug, CancellationToken cancellationToken)
    {
        var item = await Site.FindAsync(CmsContentTypes.Municipality, Culture, slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        await SetItemMetaAsync(item, cancellationToken, "website");
        var code = item.Text(CmsContentTypes.Fields.Code);
        bool Concerns(ContentItem other) => code is not null && other.Strings(CmsContentTypes.Fields.Municipalities).Contains(code);
        var news = (await Site.AllAsync(CmsContentTypes.NewsArticle, Culture, cancellationToken)).Where(Concerns).Select(Link).ToList();
        var cards = await CallCardsAsync((await Site.AllAsync(CmsContentTypes.Call, Culture, cancellationToken)).Where(Concerns), cancellationToken);
        CacheUntilNextPhaseChange(cards);
        return View(new MunicipalityViewModel(item, news, cards));
    }

    [HttpGet("/{culture:culture}/events/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Event])]
    public Task<IActionResult> Event(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.Event, slug, "article", cancellationToken);

    [HttpGet("/{culture:culture}/faq/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Faq])]
    public Task<IActionResult> Question(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.Faq, slug, "article", cancellationToken);

    [HttpGet("/{culture:culture}/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Page, CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage])]
    public Task<IActionResult> Page(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.Page, slug, "website", cancellationToken);

    private async Task<IActionResult> ShowAsync(string type, string slug, string openGraphType, CancellationToken cancellationToken)
    {
        var item = await Site.FindAsync(type, Culture, slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        await SetItemMetaAsync(item, cancellationToken, openGraphType);
        return View("Item", new ItemViewModel(item));
    }
}
