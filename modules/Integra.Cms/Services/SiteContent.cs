using Integra.Cms.Models;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Microsoft.AspNetCore.Http;

namespace Integra.Cms.Services;

/// <summary>The website's reading side of the content store: lists, URLs and translations of published items.</summary>
public sealed class SiteContent(IContentManager content, IHttpContextAccessor http)
{
    /// <summary>Enough for every list the site shows in full (components, municipalities, calls of a project this size).</summary>
    private const int AllItems = 1000;

    public IContentManager Store => content;

    public async Task<IReadOnlyList<ContentItem>> AllAsync(string type, string culture, CancellationToken cancellationToken) =>
        (await content.ListPublishedAsync(new ContentQuery(type, culture) { PageSize = AllItems }, cancellationToken)).Items;

    public async Task<ContentItem?> FindAsync(string type, string culture, string slug, CancellationToken cancellationToken)
    {
        var definition = content.FindType(type);
        if (definition is null)
        {
            return null;
        }

        var item = await content.FindPublishedAsync(culture, definition.RoutePrefix, slug, cancellationToken);
        return item?.ContentType == type ? item : null;
    }

    public async Task<IReadOnlyList<ContentItem>> ComponentsAsync(string culture, CancellationToken cancellationToken) =>
        (await AllAsync(CmsContentTypes.ComponentPage, culture, cancellationToken))
            .OrderBy(c => c.Number(CmsContentTypes.Fields.Number) ?? decimal.MaxValue).ToList();

    /// <summary>Municipality names in the culture, by code.</summary>
    public async Task<IReadOnlyDictionary<string, ContentItem>> MunicipalitiesAsync(string culture, CancellationToken cancellationToken) =>
        (await AllAsync(CmsContentTypes.Municipality, culture, cancellationToken))
            .Where(m => m.Text(CmsContentTypes.Fields.Code) is not null)
            .GroupBy(m => m.Text(CmsContentTypes.Fields.Code)!)
            .ToDictionary(g => g.Key, g => g.First());

    /// <summary>The path of an item's public page, or null when its type has none.</summary>
    public string? PathOf(ContentItem item)
    {
        var type = content.FindType(item.ContentType);
        if (type is null || !type.Has(ContentParts.Route) || string.IsNullOrEmpty(item.Slug))
        {
            return null;
        }

        return string.IsNullOrEmpty(type.RoutePrefix) ? $"/{item.Culture}/{item.Slug}" : $"/{item.Culture}/{type.RoutePrefix}/{item.Slug}";
    }

    public string Absolute(string path)
    {
        var request = http.HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }

    /// <summary>Absolute URLs of the item's published translations (itself included), by culture.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AlternatesAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var translations = await content.GetTranslationsAsync(item.TranslationSetId, publishedOnly: true, cancellationToken);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in Cultures.All)
        {
            var translation = string.Equals(culture, item.Culture, StringComparison.OrdinalIgnoreCase) ? item : translations.GetValueOrDefault(culture);
            if (translation is not null && PathOf(translation) is { } path)
            {
                result[culture] = Absolute(path);
            }
        }

        return result;
    }

    /// <summary>The same fixed page (home, lists, contact) in every culture.</summary>
    public IReadOnlyDictionary<string, string> AlternatesOfPath(string pathAfterCulture, string query = "") =>
        Cultures.All.ToDictionary(c => c, c => Absolute($"/{c}{pathAfterCulture}{query}"), StringComparer.OrdinalIgnoreCase);
}
