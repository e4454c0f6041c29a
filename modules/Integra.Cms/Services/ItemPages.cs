using System.Globalization;
using Integra.Cms.Models;
using Integra.Cms.ViewModels;
using Integra.Contents.Models;
using Integra.Core.Features;
using Integra.Core.Modules;

namespace Integra.Cms.Services;

/// <summary>An item's public page: the controller and view that show it, their model, its head, and how long a cached copy may live.</summary>
public sealed record ItemPage(string Controller, string View, object Model, PageMeta Meta, TimeSpan? ExpiresIn);

/// <summary>
/// Builds the page of one content item. The public URL and the editor's preview of a draft both go through
/// here, so a preview is the published page down to the last link.
/// </summary>
public sealed class ItemPages(SiteContent site, CallStatus calls, SiteTime time, FeatureState features, FeatureContributions contributions, IServiceProvider services)
{
    /// <summary>The applications engine (a later module); while it is absent a call page says how to apply instead of linking.</summary>
    public const string ApplicationsFeature = "Integra.Applications";

    /// <summary>The page of the item, or null when its type has no page of its own (partners).</summary>
    public async Task<ItemPage?> BuildAsync(ContentItem item, CancellationToken cancellationToken) => item.ContentType switch
    {
        CmsContentTypes.NewsArticle => await NewsAsync(item, cancellationToken),
        CmsContentTypes.Call => await CallAsync(item, cancellationToken),
        CmsContentTypes.ComponentPage => await ComponentAsync(item, cancellationToken),
        CmsContentTypes.Municipality => await MunicipalityAsync(item, cancellationToken),
        CmsContentTypes.Event or CmsContentTypes.Faq => new ItemPage("Items", "Item", new ItemViewModel(item), await ItemMetaAsync(item, "article", cancellationToken), null),
        CmsContentTypes.Page => new ItemPage("Items", "Item", new ItemViewModel(item), await ItemMetaAsync(item, "website", cancellationToken), null),
        _ => null,
    };

    public PageMeta Meta(string title, string path, IReadOnlyDictionary<string, string> alternates, string? description = null, string type = "website") =>
        new(title, site.Absolute(path), alternates) { Description = description, OpenGraphType = type };

    public async Task<PageMeta> ItemMetaAsync(ContentItem item, string type, CancellationToken cancellationToken)
    {
        var alternates = await site.AlternatesAsync(item, cancellationToken);
        // A draft may not have an address yet; its preview still needs a head.
        return Meta(item.MetaTitle(), site.PathOf(item) ?? "/" + item.Culture, alternates, item.MetaDescription(), type) with
        {
            ImageUrl = item.ImagePath() is { } image ? site.Absolute(image.StartsWith('/') ? image : "/media/" + image) : null,
        };
    }

    public async Task<IReadOnlyList<CallCard>> CallCardsAsync(IEnumerable<ContentItem> items, CancellationToken cancellationToken)
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
    public static TimeSpan? UntilNextPhaseChange(IEnumerable<CallCard> cards) =>
        cards.Where(c => c.TimeLeft > TimeSpan.Zero).Select(c => (TimeSpan?)c.TimeLeft).Min();

    public async Task<DateTime?> LocalAsync(DateTime? utc, CancellationToken cancellationToken) =>
        utc is { } value ? SiteTime.ToLocal(value, await time.ZoneAsync(cancellationToken)) : null;

    public ItemLink Link(ContentItem item) => new(item, site.PathOf(item) ?? "#");

    private async Task<ItemPage> NewsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var municipalities = await site.MunicipalitiesAsync(item.Culture, cancellationToken);
        var model = new NewsItemViewModel(
            item,
            item.Strings(CmsContentTypes.Fields.Municipalities).Where(municipalities.ContainsKey).Select(c => Link(municipalities[c])).ToList(),
            await LocalAsync(item.PublishedUtc, cancellationToken));
        return new ItemPage("News", "Show", model, await ItemMetaAsync(item, "article", cancellationToken), null);
    }

    private async Task<ItemPage> CallAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var culture = item.Culture;
        var card = (await CallCardsAsync([item], cancellationToken))[0];
        var componentNumber = item.Text(CmsContentTypes.Fields.Component);
        var component = (await site.ComponentsAsync(culture, cancellationToken))
            .FirstOrDefault(c => c.Number(CmsContentTypes.Fields.Number)?.ToString(CultureInfo.InvariantCulture) == componentNumber);
        var municipalities = await site.MunicipalitiesAsync(culture, cancellationToken);
        var guidelines = item.Strings(CmsContentTypes.Fields.Guidelines)
            .Select(path => new GuidelineDocument(path.StartsWith('/') ? path : "/media/" + path, Path.GetFileName(path)))
            .ToList();
        var applyUrl = features.IsEnabled(ApplicationsFeature) && card.Phase == CallPhase.Open ? $"/{culture}/applications/new?call={item.ContentItemId}" : null;
        var model = new CallViewModel(
            card,
            component is null ? null : Link(component),
            guidelines,
            item.QuestionsAndAnswers(CmsContentTypes.Fields.Questions),
            item.Strings(CmsContentTypes.Fields.Municipalities).Where(municipalities.ContainsKey).Select(c => Link(municipalities[c])).ToList(),
            applyUrl);
        return new ItemPage("Calls", "Show", model, await ItemMetaAsync(item, "article", cancellationToken), UntilNextPhaseChange([card]));
    }

    private async Task<ItemPage> ComponentAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var number = item.Number(CmsContentTypes.Fields.Number)?.ToString(CultureInfo.InvariantCulture);
        var cards = await CallCardsAsync((await site.AllAsync(CmsContentTypes.Call, item.Culture, cancellationToken)).Where(c => c.Text(CmsContentTypes.Fields.Component) == number), cancellationToken);
        var counters = new List<ComponentCounter>();
        foreach (var provider in contributions.Enabled<IComponentCounterProvider>(features, services))
        {
            counters.AddRange(await provider.CountersAsync(number ?? string.Empty, item.Culture, cancellationToken));
        }

        var sections = new List<ComponentSection>();
        foreach (var provider in contributions.Enabled<IComponentSectionProvider>(features, services))
        {
            sections.AddRange(await provider.SectionsAsync(number ?? string.Empty, item.Culture, cancellationToken));
        }

        return new ItemPage("Items", "Component", new ComponentViewModel(item, cards) { Counters = counters, Sections = sections }, await ItemMetaAsync(item, "website", cancellationToken), UntilNextPhaseChange(cards));
    }

    private async Task<ItemPage> MunicipalityAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var code = item.Text(CmsContentTypes.Fields.Code);
        bool Concerns(ContentItem other) => code is not null && other.Strings(CmsContentTypes.Fields.Municipalities).Contains(code);
        var news = (await site.AllAsync(CmsContentTypes.NewsArticle, item.Culture, cancellationToken)).Where(Concerns).Select(Link).ToList();
        var cards = await CallCardsAsync((await site.AllAsync(CmsContentTypes.Call, item.Culture, cancellationToken)).Where(Concerns), cancellationToken);
        return new ItemPage("Items", "Municipality", new MunicipalityViewModel(item, news, cards), await ItemMetaAsync(item, "website", cancellationToken), UntilNextPhaseChange(cards));
    }
}
