using System.Text.Json.Nodes;

namespace Integra.Contents.Models;

/// <summary>
/// One version of a content item: a JSON document plus the typed index columns that queries use. Every save
/// creates or updates the latest version; publishing marks one version as the published one.
/// </summary>
public sealed class ContentItem
{
    /// <summary>Row id of this version.</summary>
    public long Id { get; set; }

    /// <summary>Shared by every version of the item.</summary>
    public required string ContentItemId { get; set; }

    public required string ContentItemVersionId { get; set; }

    public required string ContentType { get; set; }

    public int Version { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>One of the served cultures (sq, sr-Latn, sr-Cyrl, en).</summary>
    public required string Culture { get; set; }

    /// <summary>Shared by an item and its translations.</summary>
    public required string TranslationSetId { get; set; }

    public string DisplayText { get; set; } = string.Empty;

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? PublishAtUtc { get; set; }

    public DateTime? UnpublishAtUtc { get; set; }

    /// <summary>Parts and fields: <c>{"body": {"html": …}, "image": {"path": …, "alt": …}, "seo": {…}, "fields": {…}}</c>.</summary>
    public JsonObject Data { get; set; } = [];

    /// <summary>Changes on every save; an editor saving with an older revision gets a conflict, never an overwrite.</summary>
    public Guid Revision { get; set; }

    /// <summary>A copy of the columns that shares <see cref="Data"/>: how a cached item is handed out.</summary>
    internal ContentItem ShallowCopy() => (ContentItem)MemberwiseClone();
}
