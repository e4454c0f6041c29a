using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Contents.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Integra.Cms.Controllers;

/// <summary>What every public page of the website shares: its head (canonical, alternates, OpenGraph) and call cards.</summary>
[Area(CmsModule.Id)]
public abstract class SiteController(SiteContent site, ItemPages pages) : Controller
{
    protected SiteContent Site => site;

    protected ItemPages Pages => pages;

    protected string Culture => (string)RouteData.Values["culture"]!;

    protected void SetMeta(string title, string path, IReadOnlyDictionary<string, string> alternates, string? description = null, string type = "website") =>
        SetMeta(pages.Meta(title, path, alternates, description, type));

    protected Task<IReadOnlyList<CallCard>> CallCardsAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken) =>
        pages.CallCardsAsync(items, cancellationToken);

    /// <summary>A cached page that shows calls must not outlive the next opening or closing among them.</summary>
    protected void CacheUntilNextPhaseChange(IEnumerable<CallCard> cards) => ExpireIn(ItemPages.UntilNextPhaseChange(cards));

    protected ItemLink Link(ContentItem item) => pages.Link(item);

    /// <summary>The public page of a published item of the given type, or 404.</summary>
    protected async Task<IActionResult> ShowAsync(string type, string slug, CancellationToken cancellationToken)
    {
        var item = await site.FindAsync(type, Culture, slug, cancellationToken);
        if (item is null || await pages.BuildAsync(item, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        SetMeta(page.Meta);
        ExpireIn(page.ExpiresIn);
        return View(page.View, page.Model);
    }

    private void SetMeta(PageMeta meta)
    {
        ViewData["Title"] = meta.Title;
        ViewData[PageMeta.Key] = meta;
        ViewData[PageMeta.AlternatesKey] = meta.Alternates;
    }

    /// <summary>A cached page must not outlive the moment what it shows changes with the clock.</summary>
    protected void ExpireIn(TimeSpan? left)
    {
        var context = HttpContext.Features.Get<IOutputCacheFeature>()?.Context;
        if (left is { } value && context is not null && (context.ResponseExpirationTimeSpan is null || value < context.ResponseExpirationTimeSpan))
        {
            context.ResponseExpirationTimeSpan = value;
        }
    }
}
