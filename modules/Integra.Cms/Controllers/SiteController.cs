using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.Contents.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Integra.Cms.Controllers;

/// <summary>What every public page of the website shares: its head (canonical, alternates, OpenGraph) and call cards.</summary>
[Area(CmsModule.Id)]
public abstract class SiteController(SiteContent site, CallStatus calls, SiteTime time) : Controller
{
    protected SiteContent Site => site;

    protected CallStatus Calls => calls;

    protected string Culture => (string)RouteData.Values["culture"]!;

    protected void SetMeta(string title, string path, IReadOnlyDictionary<string, string> alternates, string? description = null, string type = "website")
    {
        ViewData["Title"] = title;
        ViewData[PageMeta.Key] = new PageMeta(title, site.Absolute(path), alternates) { Description = description, OpenGraphType = type };
        ViewData[PageMeta.AlternatesKey] = alternates;
    }

    protected async Task SetItemMetaAsync(ContentItem item, CancellationToken cancellationToken, string type = "article")
    {
        var alternates = await site.AlternatesAsync(item, cancellationToken);
        SetMeta(item.MetaTitle(), site.PathOf(item)!, alternates, item.MetaDescription(), type);
        ViewData[PageMeta.Key] = ((PageMeta)ViewData[PageMeta.Key]!) with
        {
            ImageUrl = item.ImagePath() is { } image ? site.Absolute(image.StartsWith('/') ? image : "/media/" + image) : null,
        };
    }

    protected async Task<IReadOnlyList<CallCard>> CallCardsAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken)
    {
        var zone = await time.ZoneAsync(cancellationToken);
        return items.Select(item =>
        {
            var opens = item.UtcDateTime(CmsContentTypes.Fields.OpensAt);
            var closes = item.UtcDateTime(CmsContentTypes.Fields.ClosesAt);
            return new CallCard(
                item,
                site.PathOf(item) ?? "#",
                calls.PhaseOf(item),
                opens is { } o ? SiteTime.ToLocal(o, zone) : null,
                closes is { } c ? SiteTime.ToLocal(c, zone) : null,
                opens,
                closes,
                calls.TimeLeft(item));
        }).ToList();
    }

    /// <summary>A cached page that shows calls must not outlive the next opening or closing among them.</summary>
    protected void CacheUntilNextPhaseChange(IEnumerable<CallCard> cards)
    {
        var next = cards.Where(c => c.TimeLeft > TimeSpan.Zero).Select(c => (TimeSpan?)c.TimeLeft).Min();
        var context = HttpContext.Features.Get<IOutputCacheFeature>()?.Context;
        if (next is { } left && context is not null && (context.ResponseExpirationTimeSpan is null || left < context.ResponseExpirationTimeSpan))
        {
            context.ResponseExpirationTimeSpan = left;
        }
    }

    protected async Task<DateTime?> LocalAsync(DateTime? utc, CancellationToken cancellationToken) =>
        utc is { } value ? SiteTime.ToLocal(value, await time.ZoneAsync(cancellationToken)) : null;

    protected ItemLink Link(ContentItem item) => new(item, site.PathOf(item) ?? "#");
}
