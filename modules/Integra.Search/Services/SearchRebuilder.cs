using Integra.Contents.Services;
using Integra.Core.Audit;
using Integra.Core.Localization;
using Integra.Search.Data;
using Integra.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Search.Services;

/// <summary>
/// Rebuilds the search from the content store: this node's index is emptied, then every published item is
/// queued again, so every node re-indexes it and this one rebuilds from scratch.
/// </summary>
public sealed class SearchRebuilder(
    SearchDbContext db,
    SearchIndexStore store,
    SearchNode node,
    IServiceProvider services,
    AuditLog audit,
    TimeProvider clock)
{
    /// <summary>Returns how many published items were queued.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        // Emptied before queueing: rows queued first could be indexed, then wiped, and never read again.
        store.Clear();
        var queued = await QueuePublishedAsync(alsoQueued: true, cancellationToken);
        await audit.WriteAsync("Search", "Search index rebuilt", node.Id, $"{queued} published items queued", cancellationToken);
        return queued;
    }

    /// <summary>
    /// Queues every published item for every node to index; returns how many were queued. Without
    /// <paramref name="alsoQueued"/>, an item the queue already holds is left out: any row of it has it indexed as
    /// it is published when the row is read.
    /// </summary>
    public async Task<int> QueuePublishedAsync(bool alsoQueued, CancellationToken cancellationToken)
    {
        var content = services.GetService<IContentManager>()
            ?? throw new InvalidOperationException("The search cannot be filled without a content manager.");
        var skipped = alsoQueued
            ? []
            : (await db.Queue.Select(q => q.ContentItemId).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var now = clock.GetUtcNow().UtcDateTime;
        var queued = 0;
        foreach (var type in content.ContentTypes.Where(t => t.Listable))
        {
            foreach (var culture in Cultures.All)
            {
                for (var page = 1; ; page++)
                {
                    var items = await content.ListPublishedAsync(new ContentQuery(type.Name, culture) { Page = page, PageSize = 200 }, cancellationToken);
                    var toQueue = items.Items.Where(i => !skipped.Contains(i.ContentItemId)).ToList();
                    db.Queue.AddRange(toQueue.Select(i => new SearchQueueEntry
                    {
                        ContentItemId = i.ContentItemId,
                        Culture = i.Culture,
                        Operation = SearchOperation.Upsert,
                        EnqueuedUtc = now,
                    }));
                    await db.SaveChangesAsync(cancellationToken);
                    queued += toQueue.Count;
                    if (page >= items.PageCount || items.Items.Count == 0)
                    {
                        break;
                    }
                }
            }
        }

        return queued;
    }

    /// <summary>Every node that reads the queue, with how far it has read and when it last indexed something.</summary>
    public async Task<IReadOnlyList<SearchNodeRow>> NodesAsync(CancellationToken cancellationToken) =>
        (await db.Cursors.AsNoTracking().OrderBy(c => c.NodeId).ToListAsync(cancellationToken))
            .Select(c => new SearchNodeRow(c.NodeId, c.LastQueueId, c.UpdatedUtc, c.NodeId == node.Id))
            .ToList();

    /// <summary>
    /// Forgets a node that is gone for good, whose cursor would otherwise hold back the queue's pruning for ever. If it
    /// comes back, it empties its index and fills it again from the queue. This node cannot forget itself.
    /// </summary>
    public async Task<bool> ForgetAsync(string nodeId, CancellationToken cancellationToken)
    {
        if (nodeId == node.Id || await db.Cursors.Where(c => c.NodeId == nodeId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }

        await audit.WriteAsync("Search", "Search node forgotten", nodeId, $"forgotten from node {node.Id}", cancellationToken);
        return true;
    }

    /// <summary>The figures the search admin page shows for this node.</summary>
    public async Task<SearchIndexReport> ReportAsync(IndexingStatus status, CancellationToken cancellationToken)
    {
        var cursor = await db.Cursors.AsNoTracking().Where(c => c.NodeId == node.Id).Select(c => (long?)c.LastQueueId).SingleOrDefaultAsync(cancellationToken) ?? 0;
        var total = await db.Queue.LongCountAsync(cancellationToken);
        var pending = await db.Queue.LongCountAsync(q => q.Id > cursor, cancellationToken);
        var counts = Cultures.All.ToDictionary(c => c, store.Count);
        return new SearchIndexReport(node.Id, cursor, total, pending, counts, status.ItemsIndexed, status.LastError);
    }
}

/// <summary>A node reading the search queue: its cursor, when it last indexed something, and whether it is the one answering.</summary>
public sealed record SearchNodeRow(string NodeId, long LastQueueId, DateTime LastIndexedUtc, bool IsThisNode);

public sealed record SearchIndexReport(
    string NodeId,
    long Cursor,
    long QueueRows,
    long PendingRows,
    IReadOnlyDictionary<string, int> DocumentsPerCulture,
    long IndexedSinceStart,
    string? LastError);
