using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.Cms.Controllers;

public sealed class HomeController(SiteContent site, ItemPages pages, PublishedContentCache published, IStringLocalizer<HomeController> t) : SiteController(site, pages)
{
    [HttpGet("/{culture:culture}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Page, CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call, CmsOutputCache.TypeTagPrefix + CmsContentTypes.NewsArticle, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Partner])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var culture = Culture;
        // The page's lists change only when content does; the calls' phases and time left move with the clock.
        var content = await published.GetOrLoadAsync(new HomeContentKey(culture), () => LoadAsync(culture, cancellationToken));
        var calls = await CallCardsAsync(content.Calls, cancellationToken);

        CacheUntilNextPhaseChange(calls);
        SetMeta(t["Home"], "/" + culture, Site.AlternatesOfPath(string.Empty), t["INTEGRA helps returnees, above all women and young people, and vulnerable local people in Kosovo make a fresh start."]);
        return View(new HomeViewModel(
            content.Components,
            calls.Where(c => c.Phase == CallPhase.Open).OrderBy(c => c.ClosesUtc).ToList(),
            content.LatestNews,
            content.Counters,
            content.Partners,
            content.AboutUrl));
    }

    private async Task<HomeContent> LoadAsync(string culture, CancellationToken cancellationToken)
    {
        var components = await Site.ComponentsAsync(culture, cancellationToken);
        var calls = await Site.AllAsync(CmsContentTypes.Call, culture, cancellationToken);
        var news = await Site.Store.ListPublishedAsync(new ContentQuery(CmsContentTypes.NewsArticle, culture) { PageSize = 3 }, cancellationToken);
        var partners = await Site.AllAsync(CmsContentTypes.Partner, culture, cancellationToken);
        var pages = await Site.AllAsync(CmsContentTypes.Page, culture, cancellationToken);
        var about = pages.OrderBy(p => p.CreatedUtc).FirstOrDefault();
        return new HomeContent(
            components.Select(Link).ToList(),
            calls,
            news.Items.Select(Link).ToList(),
            components.SelectMany(Counters).ToList(),
            partners.OrderBy(p => PartnerOrder(p.Text(CmsContentTypes.Fields.Role))).ThenBy(p => p.CreatedUtc).ToList(),
            about is null ? null : Site.PathOf(about));
    }

    private IEnumerable<Counter> Counters(ContentItem component)
    {
        var url = Site.PathOf(component) ?? "#";
        if (component.Number(CmsContentTypes.Fields.Target) is { } target)
        {
            yield return new Counter(target, component.Text(CmsContentTypes.Fields.TargetUnit) ?? string.Empty, url);
        }

        if (component.Number(CmsContentTypes.Fields.SecondTarget) is { } second)
        {
            yield return new Counter(second, component.Text(CmsContentTypes.Fields.SecondTargetUnit) ?? string.Empty, url);
        }
    }

    /// <summary>The donor first, then the implementer, partners and supporters.</summary>
    private static int PartnerOrder(string? role) => role switch
    {
        "donor" => 0,
        "implementer" => 1,
        "partner" => 2,
        _ => 3,
    };

    private sealed record HomeContentKey(string Culture);

    /// <summary>What the home page shows of the published content, shared by every request until the content changes.</summary>
    private sealed record HomeContent(
        IReadOnlyList<ItemLink> Components,
        IReadOnlyList<ContentItem> Calls,
        IReadOnlyList<ItemLink> LatestNews,
        IReadOnlyList<Counter> Counters,
        IReadOnlyList<ContentItem> Partners,
        string? AboutUrl);
}
