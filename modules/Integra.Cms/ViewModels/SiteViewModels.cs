using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Contents.Models;

namespace Integra.Cms.ViewModels;

public sealed record ItemLink(ContentItem Item, string Url);

public sealed record Counter(decimal Value, string Unit, string Url);

public sealed record CallCard(ContentItem Item, string Url, CallPhase Phase, DateTime? OpensLocal, DateTime? ClosesLocal, DateTime? OpensUtc, DateTime? ClosesUtc, TimeSpan TimeLeft);

public sealed record HomeViewModel(
    IReadOnlyList<ItemLink> Components,
    IReadOnlyList<CallCard> OpenCalls,
    IReadOnlyList<ItemLink> LatestNews,
    IReadOnlyList<Counter> Counters,
    IReadOnlyList<ContentItem> Partners,
    string? AboutUrl);

public sealed record NewsMonth(DateOnly Month, int Count);

/// <summary>A page of news; <paramref name="Zone"/> is the site's time zone, in which publication dates are shown.</summary>
public sealed record NewsListViewModel(IReadOnlyList<ItemLink> Items, int Page, int PageCount, DateOnly? Month, IReadOnlyList<NewsMonth> Months, TimeZoneInfo Zone);

public sealed record NewsItemViewModel(ContentItem Item, IReadOnlyList<ItemLink> Municipalities, DateTime? PublishedLocal);

public sealed record CallsListViewModel(IReadOnlyList<CallCard> Open, IReadOnlyList<CallCard> Upcoming, IReadOnlyList<CallCard> Closed);

public sealed record GuidelineDocument(string Url, string Name);

public sealed record CallViewModel(
    CallCard Call,
    ItemLink? Component,
    IReadOnlyList<GuidelineDocument> Guidelines,
    IReadOnlyList<QuestionAndAnswer> Questions,
    IReadOnlyList<ItemLink> Municipalities,
    string? ApplyUrl);

public sealed record ComponentViewModel(ContentItem Item, IReadOnlyList<CallCard> Calls)
{
    /// <summary>Numbers the component's module shows while enabled (<see cref="Services.IComponentCounterProvider"/>).</summary>
    public IReadOnlyList<Services.ComponentCounter> Counters { get; init; } = [];

    /// <summary>Lists the component's module adds while enabled (<see cref="Services.IComponentSectionProvider"/>).</summary>
    public IReadOnlyList<Services.ComponentSection> Sections { get; init; } = [];
}

public sealed record MunicipalityViewModel(ContentItem Item, IReadOnlyList<ItemLink> News, IReadOnlyList<CallCard> Calls);

public sealed record ItemViewModel(ContentItem Item);

public sealed record EventCard(ItemLink Link, DateTime StartsUtc, DateTime? EndsUtc, string? Place);

public sealed record EventListViewModel(IReadOnlyList<EventCard> Upcoming, IReadOnlyList<EventCard> Past, TimeZoneInfo Zone);

public sealed record QuestionListViewModel(IReadOnlyList<ContentItem> Questions);
