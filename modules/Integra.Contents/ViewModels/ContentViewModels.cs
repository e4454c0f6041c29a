using Integra.Contents.Models;

namespace Integra.Contents.ViewModels;

public sealed record ContentListViewModel(
    string? Type,
    string? Status,
    string? Culture,
    string? Query,
    string Sort,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyList<ContentTypeDefinition> Types,
    IReadOnlyList<ContentTypeDefinition> CreatableTypes,
    IReadOnlyList<ContentRow> Rows);

public sealed record ContentRow(ContentItem Item, string TypeName, bool HasPublishedVersion, bool Scheduled, IReadOnlyList<string> MissingCultures, bool CanTranslate);

public sealed record NewContentViewModel(IReadOnlyList<ContentTypeDefinition> Types);

/// <summary>The editor form. Dates are entered in Europe/Belgrade local time.</summary>
public sealed class ContentEditorViewModel
{
    public string? ContentItemId { get; set; }
    public string ContentType { get; set; } = string.Empty;
    public string Culture { get; set; } = string.Empty;
    public Guid? Revision { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? ImagePath { get; set; }
    public string? ImageAlt { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public string? PublishAt { get; set; }
    public string? UnpublishAt { get; set; }
    public Dictionary<string, string?> Fields { get; set; } = [];

    public ContentTypeDefinition? Definition { get; set; }
    public int Version { get; set; }
    public bool Published { get; set; }
    public bool HasPublishedVersion { get; set; }
    public bool CanPublish { get; set; }
    public bool CanDelete { get; set; }
    public bool IsNew => string.IsNullOrEmpty(ContentItemId);
}

public sealed record HistoryViewModel(ContentItem Latest, string TypeName, IReadOnlyList<ContentItem> Versions, bool CanRestore);

public sealed record DiffLine(DiffLineKind Kind, string Text);

public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
}

public sealed record DiffViewModel(ContentItem Latest, ContentItem Version, IReadOnlyList<DiffLine> Lines, bool CanRestore);

public sealed record DeleteViewModel(ContentItem Item, string TypeName);
