using System.Globalization;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Integra.Search.Services;
using Integra.Search.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Integra.Search.Controllers;

[Area(SearchModule.Id)]
public sealed class SearchController(ISearchService search, IServiceProvider services, IStringLocalizer<SearchController> t) : Controller
{
    public const int PageSize = 10;

    [HttpGet("/{culture:culture}/search")]
    public async Task<IActionResult> Index(string culture, string? q, string? type, int page = 1, CancellationToken cancellationToken = default)
    {
        culture = Cultures.Normalize(culture)!;
        var results = await search.SearchAsync(culture, q, type, page, PageSize, cancellationToken);
        var content = services.GetService<IContentManager>();
        var names = results.TypeCounts.Keys.ToDictionary(k => k, k => t[content?.FindType(k)?.DisplayName ?? k].Value, StringComparer.Ordinal);
        return View(new SearchPageViewModel
        {
            Culture = culture,
            Query = q?.Trim() ?? string.Empty,
            Type = string.IsNullOrWhiteSpace(type) ? null : type,
            Results = results,
            TypeNames = names,
            Types = results.TypeCounts.Select(c => new SearchTypeFilter(c.Key, names[c.Key], c.Value))
                .OrderBy(f => f.DisplayName, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true)).ToList(),
        });
    }

    /// <summary>A search box outside a culture's pages lands on the visitor's culture.</summary>
    [HttpGet("/search")]
    public IActionResult WithoutCulture(string? q)
    {
        var culture = Cultures.Normalize(CultureInfo.CurrentUICulture.Name) ?? Cultures.Default;
        return LocalRedirect($"/{culture}/search?q={Uri.EscapeDataString(q ?? string.Empty)}");
    }
}
