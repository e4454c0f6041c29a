namespace Integra.Contents.Services;

/// <summary>Limits every content item obeys, shared by the store, the schema and the editor.</summary>
public static class ContentRules
{
    public const int MaxTitleLength = 200;
    public const int MaxSlugLength = 200;
    public const int MaxSummaryLength = 1000;
    public const int MaxSeoTitleLength = 200;
    public const int MaxSeoDescriptionLength = 500;

    /// <summary>The key in <see cref="Models.ContentItem.Data"/> that marks a Serbian Cyrillic item produced from Serbian Latin.</summary>
    public const string GeneratedFrom = "generatedFrom";
}
