namespace Integra.Cms.ViewModels;

/// <summary>What the head of every public page says about it: canonical URL, OpenGraph and its translations.</summary>
public sealed record PageMeta(string Title, string CanonicalUrl, IReadOnlyDictionary<string, string> Alternates)
{
    public const string Key = "Integra.Cms.PageMeta";

    /// <summary>The public layout reads this key to point hreflang links and the language switcher at translations.</summary>
    public const string AlternatesKey = "Alternates";

    public string? Description { get; init; }

    public string OpenGraphType { get; init; } = "website";

    public string? ImageUrl { get; init; }
}
