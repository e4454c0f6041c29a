using Microsoft.AspNetCore.Http;

namespace Integra.Core.Localization;

/// <summary>
/// The same page in another culture. Public URLs carry the culture as their first segment; other pages
/// (admin, account) switch through the culture cookie.
/// </summary>
public static class CultureUrls
{
    public static string? CultureInPath(PathString path)
    {
        var first = path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return Cultures.Normalize(first);
    }

    public static string For(HttpRequest request, string culture)
    {
        var path = request.Path.Value ?? "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 0 && Cultures.IsSupported(segments[0]))
        {
            segments[0] = culture;
            return "/" + string.Join('/', segments) + request.QueryString;
        }

        return $"/culture?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(path + request.QueryString)}";
    }

    /// <summary>Absolute alternates for <c>hreflang</c> links; only pages with the culture in their URL have them.</summary>
    public static IReadOnlyList<(string Culture, string Url)> Alternates(HttpRequest request)
    {
        if (CultureInPath(request.Path) is null)
        {
            return [];
        }

        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return Cultures.All.Select(c => (c, origin + For(request, c))).ToList();
    }
}
