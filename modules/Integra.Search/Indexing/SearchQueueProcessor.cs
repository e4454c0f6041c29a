using Integra.Contents.Services;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Search.Data;
using Integra.Search.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Search.Indexing;

/// <summary>
/// Applies the queue rows after this node's cursor to its index. Each item is indexed as it is published
/// now, whatever the row says, so rows can be applied twice or out of order without harm. Take a fresh one from
/// a new scope for every batch: the scope's content store keeps the content types it first saw.
/// </summary>
public sealed class SearchQueueProcessor(
    SearchDbContext db,
    CoreDbContext core,
    FeatureState features,
    SearchIndexStore store,
    SearchNode node,
    IndexingStatus status,
    IServiceProvider services,
    TimeProvider clock,
    IOptions<SearchOptions> options,
    ILogger<SearchQueueProcessor> logger)
{
    /// <summary>Applies one batch; returns the number of queue rows it consumed.</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var cursor = await db.Cursors.SingleOrDefaultAsync(c => c.NodeId == node.Id, cancellationToken);
        if (cursor is null)
        {
            // A node without a cursor is new, or was forgotten by an admin while it was away; the queue it reads from
            // the start may have been pruned of removals since, so an index it kept would keep what they removed.
            if (store.CommittedQueueId > 0)
            {
                logger.LogWarning("Search node {Node} has no cursor but an index up to queue row {Row}: the index is emptied and filled from the queue", node.Id, store.CommittedQueueId);
                store.StartOver();
            }

            cursor = new SearchCursor { NodeId = node.Id };
            db.Cursors.Add(cursor);
        }

        // An index folder that was lost or cleared starts over, whatever the database says.
        var from = Math.Min(cursor.LastQueueId, store.CommittedQueueId);
        var rows = await db.Queue.AsNoTracking().Where(q => q.Id > from).OrderBy(q => q.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var ready = Ready(rows, from, clock.GetUtcNow().UtcDateTime - options.Value.GapGrace);
        if (ready.Count == 0)
        {
            return 0;
        }

        // The rows read were written after the features of their content types were switched on, perhaps on
        // another node: this node's view of the features must be at least that recent before the content store
        // is asked which types exist, or an item of a newly enabled type would be taken for one with no page.
        await features.RefreshAsync(core, cancellationToken);
        var content = services.GetService<IContentManager>();
        if (content is null)
        {
            logger.LogWarning("Search has {Count} items to index but no content manager is registered", ready.Count);
            return 0;
        }

        var items = ready.Select(r => r.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in items)
        {
            var published = await content.GetPublishedAsync(id, cancellationToken);
            var document = published is null ? null : SearchDocument.From(published, content.FindType(published.ContentType));
            if (document is null)
            {
                store.Delete(id);
            }
            else
            {
                store.Upsert(document);
            }
        }

        // The cursor is saved before the index commit makes the batch visible: a crash in between leaves the
        // cursor ahead of the index, which the start position above corrects by reading from the index's own mark.
        var last = ready[^1].Id;
        cursor.LastQueueId = last;
        cursor.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        store.Commit(last);
        status.Indexed(items.Count);
        logger.LogDebug("Search node {Node} indexed {Items} items up to queue row {Row}", node.Id, items.Count, last);
        return ready.Count;
    }

    /// <summary>
    /// The rows that can be applied now: those that follow on without a gap, and beyond a gap only rows old enough
    /// that a still-open transaction holding the missing id is no longer plausible.
    /// </summary>
    private static List<SearchQueueEntry> Ready(List<SearchQueueEntry> rows, long from, DateTime settledBeforeUtc)
    {
        var ready = new List<SearchQueueEntry>(rows.Count);
        var next = from + 1;
        foreach (var row in rows)
        {
            if (row.Id != next && row.EnqueuedUtc > settledBeforeUtc)
            {
                break;
            }

            ready.Add(row);
            next = row.Id + 1;
        }

        return ready;
    }
}
