using Integra.Core.Jobs;
using Integra.Search.Data;
using Integra.Search.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Integra.Search.Indexing;

/// <summary>
/// Keeps the queue from growing with every publish. A row goes once every node's cursor has passed it, it is older
/// than <see cref="SearchOptions.KeepIndexed"/>, and it says nothing a node starting from the queue's beginning
/// still needs: a later row of the same item follows it (each row has its item indexed as it is published when
/// read, so the later one does all it did), or it records the item's removal. So the queue keeps, for good, one
/// row per item still published, from which a new node or a lost index folder is filled; a row some node has not
/// read yet is never pruned.
/// </summary>
public sealed class SearchQueuePruneJob(SearchDbContext db, TimeProvider clock, IOptions<SearchOptions> options) : IBackgroundJob
{
    public string Name => "Search.QueuePrune";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var readByAll = await db.Cursors.MinAsync(c => (long?)c.LastQueueId, cancellationToken);
        if (readByAll is null)
        {
            return;
        }

        var before = clock.GetUtcNow().UtcDateTime - options.Value.KeepIndexed;
        await db.Queue
            .Where(q => q.Id <= readByAll && q.EnqueuedUtc < before)
            .Where(q => q.Operation == SearchOperation.Delete || db.Queue.Any(later => later.ContentItemId == q.ContentItemId && later.Id > q.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
