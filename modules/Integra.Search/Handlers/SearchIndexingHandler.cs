using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Search.Data;

namespace Integra.Search.Handlers;

/// <summary>
/// Appends what changed for the public to the search queue, which every node reads into its own index.
/// Drafts are never queued: only what the public can see is searchable.
/// </summary>
public sealed class SearchIndexingHandler(SearchDbContext db, TimeProvider clock) : IContentEventHandler
{
    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) =>
        EnqueueAsync(item, SearchOperation.Upsert, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) =>
        EnqueueAsync(item, SearchOperation.Delete, cancellationToken);

    public Task DeletedAsync(ContentItem item, CancellationToken cancellationToken) =>
        EnqueueAsync(item, SearchOperation.Delete, cancellationToken);

    private async Task EnqueueAsync(ContentItem item, SearchOperation operation, CancellationToken cancellationToken)
    {
        db.Queue.Add(new SearchQueueEntry
        {
            ContentItemId = item.ContentItemId,
            Culture = item.Culture,
            Operation = operation,
            EnqueuedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
