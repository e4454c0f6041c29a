namespace Integra.Search.Services;

public interface ISearchService
{
    /// <summary>
    /// Published items of <paramref name="culture"/> matching the visitor's words. Any input is accepted: words in
    /// quotes are a phrase, a trailing * a prefix, and unbalanced syntax is read as plain words, never an error.
    /// </summary>
    Task<SearchResults> SearchAsync(string culture, string? query, string? type, int page, int pageSize, CancellationToken cancellationToken = default);
}

/// <summary>One found item. <see cref="SnippetHtml"/> is HTML-encoded text whose only markup is <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(string ContentItemId, string ContentType, string Title, string Url, DateTime? DateUtc, string SnippetHtml);

/// <summary>A page of hits, the total for the type filter, and per type how many items match the words.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyDictionary<string, int> TypeCounts, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public static SearchResults Empty(int page, int pageSize) => new([], 0, new Dictionary<string, int>(), page, pageSize);
}
