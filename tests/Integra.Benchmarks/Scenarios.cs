namespace Integra.Benchmarks;

/// <summary>
/// One URL loaded at every concurrency level, anonymously, with GET. <paramref name="Uncached"/> adds a query parameter
/// with a new value to every request: the output cache keys on the whole query string and has no bypass, so each
/// request is a miss and the page is rendered from the database every time.
/// </summary>
internal sealed record Scenario(string Name, string Path, bool Uncached = false)
{
    public const string CacheBuster = "bench";
}

/// <summary>
/// What a run measures. Add a line to <see cref="All"/> for a new page; every scenario is also reported as a ratio
/// to <see cref="Static"/>, so a change in the figure means the page got cheaper or dearer, not the machine.
/// </summary>
internal static class Scenarios
{
    /// <summary>The baseline: a file Kestrel serves from the same process without routing to MVC, views or the database.</summary>
    public static readonly Scenario Static = new("static file", "/_content/Integra.Themes.Public/css/site.css");

    public static readonly IReadOnlyList<Scenario> All =
    [
        // Public CMS pages behind the output cache (anonymous GET, so after the warm-up every request is a hit),
        // then the same pages rendered each time: view, layout, menus, content queries, templates.
        new("home, cached", "/sq"),
        new("home, uncached", "/sq", Uncached: true),

        // A seeded example news article (modules/Integra.Cms/Seed/ExampleContent.cs): item lookup by slug,
        // translations for the alternates, municipalities.
        new("news article, cached", "/sq/news/shembull-dite-informuese"),
        new("news article, uncached", "/sq/news/shembull-dite-informuese", Uncached: true),

        // The calls list: every call with its status derived from the clock, deadlines in Belgrade time.
        new("calls list, cached", "/sq/calls"),
        new("calls list, uncached", "/sq/calls", Uncached: true),
        Static,
    ];
}
