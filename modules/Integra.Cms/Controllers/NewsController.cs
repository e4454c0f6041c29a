using System.Globalization;
using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Contents.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.Cms.Controllers;

public sealed class NewsController(SiteContent site, ItemPages pages, AtomFeeds feeds, SiteTime time, IStringLocalizer<NewsController> t) : SiteController(site, pages)
{
    private const int PageSize = 10;

    [HttpGet("/{culture:culture}/news")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.NewsArticle])]
    public async Task<IActionResult> Index(int page = 1, string? month = null, CancellationToken cancellationToken = default)
    {
        var culture = Culture;
        DateOnly? selected = DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null;
        var result = await Site.Store.ListPublishedAsync(new ContentQuery(CmsContentTypes.NewsArticle, culture) { Page = Math.Max(1, page), PageSize = PageSize, Month = selected }, cancellationToken);
        var months = (await Site.AllAsync(CmsContentTypes.NewsArticle, culture, cancellationToken))
            .Where(n => n.PublishedUtc is not null)
            .GroupBy(n => new DateOnly(n.PublishedUtc!.Value.Year, n.PublishedUtc.Value.Month, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => new NewsMonth(g.Key, g.Count()))
            .ToList();

        var query = selected is null ? string.Empty : $"?month={selected:yyyy-MM}";
        SetMeta(t["News"], $"/{culture}/news{query}", Site.AlternatesOfPath("/news", query));
        return View(new NewsListViewModel(result.Items.Select(Link).ToList(), result.Page, result.PageCount, selected, months, await time.ZoneAsync(cancellationToken)));
    }

    [HttpGet("/{culture:culture}/news/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.NewsArticle, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Municipality])]
    public Task<IActionResult> Show(string slug, CancellationToken cancellationToken) =>
        ShowAsync(CmsContentTypes.NewsArticle, slug, cancellationToken);

    [HttpGet("/{culture:culture}/news/feed")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.NewsArticle])]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var result = await Site.Store.ListPublishedAsync(new ContentQuery(CmsContentTypes.NewsArticle, Culture) { PageSize = 20 }, cancellationToken);
        return await feeds.RenderAsync(t["News"], $"/{Culture}/news", $"/{Culture}/news/feed", result.Items, cancellationToken);
    }
}
