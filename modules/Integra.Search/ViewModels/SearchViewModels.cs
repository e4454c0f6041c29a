using Integra.Search.Services;

namespace Integra.Search.ViewModels;

public sealed record SearchTypeFilter(string Name, string DisplayName, int Count);

public sealed class SearchPageViewModel
{
    public required string Culture { get; init; }

    public string Query { get; init; } = string.Empty;

    public string? Type { get; init; }

    public required SearchResults Results { get; init; }

    public IReadOnlyList<SearchTypeFilter> Types { get; init; } = [];

    public IReadOnlyDictionary<string, string> TypeNames { get; init; } = new Dictionary<string, string>();

    public string TypeName(string type) => TypeNames.TryGetValue(type, out var name) ? name : type;

    /// <summary>This search with another type or page; null values are left out of the address.</summary>
    public string Url(string? type, int page)
    {
        var query = new List<string> { "q=" + Uri.EscapeDataString(Query) };
        if (!string.IsNullOrEmpty(type))
        {
            query.Add("type=" + Uri.EscapeDataString(type));
        }

        if (page > 1)
        {
            query.Add("page=" + page);
        }

        return $"/{Culture}/search?{string.Join('&', query)}";
    }
}

public sealed class SearchAdminViewModel
{
    public required SearchIndexReport Report { get; init; }

    public IReadOnlyList<SearchNodeRow> Nodes { get; init; } = [];
}
