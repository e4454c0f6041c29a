using System.Text.Json.Nodes;
using Integra.Contents.Models;

namespace Integra.Contents.Services;

/// <summary>The content store. Every write is one transaction; every change raises content events.</summary>
public interface IContentManager
{
    /// <summary>The types of enabled features.</summary>
    IReadOnlyList<ContentTypeDefinition> ContentTypes { get; }

    ContentTypeDefinition? FindType(string name);

    /// <summary>A new, unsaved draft of the type in the culture.</summary>
    ContentItem New(string contentType, string culture);

    Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Every version, newest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>The published item at a public URL: culture, the type's route prefix and the slug.</summary>
    /// <remarks>
    /// This, <see cref="ListPublishedAsync"/> and <see cref="GetTranslationsAsync"/> with <c>publishedOnly</c> read
    /// from <see cref="PublishedContentCache"/>: each call returns its own copies of the items, but their
    /// <see cref="ContentItem.Data"/> document is shared between requests: replace it, never change it in place.
    /// </remarks>
    Task<ContentItem?> FindPublishedAsync(string culture, string routePrefix, string slug, CancellationToken cancellationToken = default);

    /// <summary>Published items of a type in a culture, newest first, for lists (news, calls).</summary>
    Task<ContentPage> ListPublishedAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>The translations of an item (latest versions), keyed by culture.</summary>
    Task<IReadOnlyDictionary<string, ContentItem>> GetTranslationsAsync(string translationSetId, bool publishedOnly, CancellationToken cancellationToken = default);

    /// <summary>Latest versions whose parts or fields contain <paramref name="text"/>, e.g. a media path they use.</summary>
    Task<IReadOnlyList<ContentItem>> FindReferencingAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates, sanitizes and saves the item as the latest draft (a new version when the latest is published).
    /// <paramref name="expectedRevision"/> is the revision the editor loaded; another save in between is a conflict.
    /// </summary>
    Task<ContentResult> SaveDraftAsync(ContentItem item, Guid? expectedRevision, CancellationToken cancellationToken = default);

    /// <summary>Saves, then publishes the latest version (or schedules it when PublishAtUtc is in the future).</summary>
    Task<ContentResult> PublishAsync(ContentItem item, Guid? expectedRevision, CancellationToken cancellationToken = default);

    Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<ContentResult> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes an old version's content the new latest draft.</summary>
    Task<ContentResult> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>A new draft in another culture, in the same translation set, copied from the source.</summary>
    Task<ContentResult> TranslateAsync(string contentItemId, string culture, CancellationToken cancellationToken = default);

    /// <summary>Publishes and unpublishes what is due at <paramref name="nowUtc"/>; run by a job.</summary>
    Task<int> RunScheduleAsync(DateTime nowUtc, CancellationToken cancellationToken = default);
}

public sealed record ContentQuery(string ContentType, string Culture)
{
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    /// <summary>Only items published in this month (archive), if set.</summary>
    public DateOnly? Month { get; init; }
}

public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>The outcome of a write: the saved item, or localized messages per field and nothing written.</summary>
public sealed record ContentResult(ContentItem? Item, IReadOnlyDictionary<string, string> Errors, bool Conflict = false)
{
    public bool Succeeded => Errors.Count == 0 && !Conflict;

    public static ContentResult Ok(ContentItem item) => new(item, new Dictionary<string, string>());
}

/// <summary>
/// Told about every content change after it is committed: search indexing, output-cache eviction, sitemaps.
/// Contributed with <c>feature.Contribute&lt;IContentEventHandler, T&gt;()</c>.
/// </summary>
public interface IContentEventHandler
{
    Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task DraftSavedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    Task DeletedAsync(ContentItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Another node sharing the database changed content; which items is not known here. Raised once per change
    /// this node notices, within a few seconds (the events above are raised on the node that made the change).
    /// </summary>
    Task ChangedOnAnotherNodeAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// A rule a module adds to publishing its content types (e.g. a story needs the consent of the person shown).
/// Asked before anything is written, both when publishing now and when scheduling; the messages it returns, keyed like
/// <see cref="ContentResult.Errors"/> (<c>fields.{name}</c>), refuse the publication. Contributed with
/// <c>feature.Contribute&lt;IContentPublishRule, T&gt;()</c>.
/// </summary>
public interface IContentPublishRule
{
    /// <param name="data">The sanitized document about to be published (fields under <c>fields</c>).</param>
    IReadOnlyDictionary<string, string> Check(ContentTypeDefinition type, JsonObject data);
}
