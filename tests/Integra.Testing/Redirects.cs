namespace Integra.Testing;

public static class Redirects
{
    /// <summary>Where a redirect points, as a site-relative path and query, whether the server wrote it absolute or relative.</summary>
    public static string? RedirectTarget(this HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.OriginalString;
}
