namespace Integra.Benchmarks;

/// <summary>One URL loaded at every concurrency level, anonymously, with GET.</summary>
internal sealed record Scenario(string Name, string Path);

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
        // The public home: a Razor view with the public layout, which reads the site settings from the database.
        new("rendered page", "/sq"),
        Static,
    ];
}
