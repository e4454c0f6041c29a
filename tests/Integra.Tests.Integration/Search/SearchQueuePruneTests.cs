using Integra.Core.Localization;
using Integra.Search.Data;
using Integra.Search.Indexing;
using Integra.Search.Services;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.Tests.Integration.Contents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Integra.Tests.Integration.Search.SearchHost;

namespace Integra.Tests.Integration.Search;

/// <summary>The queue is pruned of what every node has indexed and a later row makes redundant; what a node has not read stays.</summary>
public abstract class SearchQueuePruneTests(string provider)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_every_node_indexed_days_ago_and_a_later_row_supersedes_are_pruned_while_a_row_one_node_has_not_read_stays()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ShiftedClock();
        await using var node = new IntegraAppFactory(database) { Clock = clock };
        await node.EnableFeaturesAsync([NoticesFixtureModule.Feature], Cancellation);
        var kept = await PublishAsync(node, Cultures.English, "Beehives for Rahovec", "<p>Ten hives for each family.</p>");
        var edited = await PublishAsync(node, Cultures.English, "Tomatoes under glass", "<p>A programme for women in Drenas.</p>");
        await RepublishAsync(node, edited.ContentItemId, "Greenhouses for women in Drenas");
        var gone = await PublishAsync(node, Cultures.English, "Carpentry fair in Gjakova", "<p>Employers meet young carpenters.</p>");
        await UnpublishAsync(node, gone);
        var rows = await RowsAsync(node, kept.ContentItemId, edited.ContentItemId, gone.ContentItemId);
        var removal = rows[gone.ContentItemId][^1];
        await Poll.UntilAsync(async () => await CursorAsync(node) >= removal, Bound, "the node to index every row", Cancellation);

        // Another node has read up to the removal, not the removal itself.
        await WithSearchAsync(node, db =>
        {
            db.Cursors.Add(new SearchCursor { NodeId = "node-b", LastQueueId = removal - 1, UpdatedUtc = clock.GetUtcNow().UtcDateTime });
            return db.SaveChangesAsync(Cancellation);
        });

        await PruneAsync(node);
        Assert.Equal(rows, await RowsAsync(node, kept.ContentItemId, edited.ContentItemId, gone.ContentItemId));

        clock.Advance(TimeSpan.FromDays(8));
        await PruneAsync(node);

        var pruned = await RowsAsync(node, kept.ContentItemId, edited.ContentItemId, gone.ContentItemId);
        Assert.Equal([rows[kept.ContentItemId][^1]], pruned[kept.ContentItemId]);
        Assert.Equal([rows[edited.ContentItemId][^1]], pruned[edited.ContentItemId]);
        Assert.Equal([removal], pruned[gone.ContentItemId]);

        await WithSearchAsync(node, db => db.Cursors.Where(c => c.NodeId == "node-b").ExecuteUpdateAsync(s => s.SetProperty(c => c.LastQueueId, removal), Cancellation));
        await PruneAsync(node);

        var afterAllRead = await RowsAsync(node, kept.ContentItemId, edited.ContentItemId, gone.ContentItemId);
        Assert.False(afterAllRead.ContainsKey(gone.ContentItemId));
        Assert.Equal(pruned[kept.ContentItemId], afterAllRead[kept.ContentItemId]);
        Assert.Equal(pruned[edited.ContentItemId], afterAllRead[edited.ContentItemId]);

        // A node that joins now fills its index from what the queue kept.
        await using var joining = new IntegraAppFactory(database) { Clock = clock };
        using var client = joining.CreateBrowserlikeClient();
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=beehives")).Contains(UrlOf(kept), StringComparison.Ordinal), Bound, "the joining node to find the item published once", Cancellation);
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=greenhouses")).Contains(UrlOf(edited), StringComparison.Ordinal), Bound, "the joining node to find the edited item as it is now", Cancellation);
        Assert.DoesNotContain(UrlOf(edited), await SearchPageAsync(client, "/en/search?q=tomatoes"), StringComparison.Ordinal);
    }

    private static Task RepublishAsync(IntegraAppFactory node, string contentItemId, string title) =>
        WithContentsAsync(node, async contents =>
        {
            var item = (await contents.GetLatestAsync(contentItemId, Cancellation))!;
            item.DisplayText = title;
            var result = await contents.PublishAsync(item, null, Cancellation);
            Assert.True(result.Succeeded);
            return result;
        });

    /// <summary>The queue rows of the items, by item, in the order they were written.</summary>
    private static Task<Dictionary<string, List<long>>> RowsAsync(IntegraAppFactory node, params string[] contentItemIds) =>
        WithSearchAsync(node, async db => (await db.Queue.AsNoTracking().Where(q => contentItemIds.Contains(q.ContentItemId)).OrderBy(q => q.Id).ToListAsync(Cancellation))
            .GroupBy(q => q.ContentItemId)
            .ToDictionary(g => g.Key, g => g.Select(q => q.Id).ToList()));

    private static Task<long> CursorAsync(IntegraAppFactory node)
    {
        var nodeId = node.Services.GetRequiredService<SearchNode>().Id;
        return WithSearchAsync(node, db => db.Cursors.Where(c => c.NodeId == nodeId).Select(c => c.LastQueueId).SingleOrDefaultAsync(Cancellation));
    }

    private static async Task PruneAsync(IntegraAppFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<SearchQueuePruneJob>(scope.ServiceProvider).RunAsync(Cancellation);
    }

    private static async Task<T> WithSearchAsync<T>(IntegraAppFactory node, Func<SearchDbContext, Task<T>> action)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SearchDbContext>());
    }
}

public sealed class SqliteSearchQueuePruneTests() : SearchQueuePruneTests("Sqlite");

public sealed class PostgresSearchQueuePruneTests() : SearchQueuePruneTests("Postgres");
