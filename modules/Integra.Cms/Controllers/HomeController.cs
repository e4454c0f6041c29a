using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Contents.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.Cms.Controllers;

public sealed class HomeController(SiteContent site, ItemPages pages, IStringLocalizer<HomeController> t) : SiteController(site, pages)
{
    [HttpGet("/{culture:culture}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Page, CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call, CmsOutputCache.TypeTagPrefix + CmsContentTypes.NewsArticle, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Partner])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var culture = Culture;
        var components = await Site.ComponentsAsync(culture, cancellationToken);
        var allCalls = await CallCardsAsync(await Site.AllAsync(CmsContentTypes.Call, culture, cancellationToken), cancellationToken);
        var news = await Site.Store.ListPublishedAsync(new ContentQuery(CmsContentTypes.NewsArticle, culture) { PageSize = 3 }, cancellationToken);
        var partners = await Site.AllAsync(CmsContentTypes.Partner, culture, cancellationToken);
        var pages = await Site.AllAsync(CmsContentTypes.Page, culture, cancellationToken);
        var about = pages.OrderBy(p => p.CreatedUtc).FirstOrDefault();

        CacheUntilNextPhaseChange(allCalls);
        SetMeta(t["Home"], "/" + culture, Site.AlternatesOfPath(string.Empty), t["INTEGRA helps returnees, above all women and young people, and vulnerable local people in Kosovo make a fresh start."]);
        return View(new HomeViewModel(
            components.Select(Link).ToList(),
            allCalls.Where(c => c.Phase == CallPhase.Open).OrderBy(c => c.ClosesUtc).ToList(),
            news.Items.Select(Link).ToList(),
            components.SelectMany(Counters).ToList(),
            partners.OrderBy(p => PartnerOrder(p.Text(CmsContentTypes.Fields.Role))).ThenBy(p => p.CreatedUtc).ToList(),
            about is null ? null : Site.PathOf(about)));
    }

    private IEnumerable<Counter> Counters(Integra.Contents.Models.ContentItem component)
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
}
