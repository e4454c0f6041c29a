using Integra.Cms.Seed;
using Integra.Core.Localization;
using Integra.Search.Data;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Integra.Tests.Integration.Search.SearchHost;

namespace Integra.Tests.Integration.Search;

/// <summary>
/// A fresh install: every feature's schema is applied before any seed runs, so the website's seed content reaches
/// the search queue through its publish events, and search keeps finding what is published afterwards.
/// </summary>
public abstract class SearchSeedTests(string provider)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan BacklogBound = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fresh_site_finds_its_seeded_content_in_every_culture_and_queues_each_item_once()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new IntegraAppFactory(database);
        using var client = node.CreateBrowserlikeClient();
        var news = ExampleContent.NewsItems[2];

        foreach (var (culture, query) in new[] { (Cultures.Albanian, "pajisjet"), (Cultures.English, "equipment"), (Cultures.SerbianLatin, "opremu"), (Cultures.SerbianCyrillic, "опрему") })
        {
            var url = $"/{culture}/news/{CmsSeed.SlugFor(news.Slug, culture)}";
            await Poll.UntilAsync(async () => (await SearchPageAsync(client, $"/{culture}/search?q={Uri.EscapeDataString(query)}")).Contains(url, StringComparison.Ordinal), Bound, $"the seeded news in {culture}", Cancellation);
        }

        await using var scope = node.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<SearchDbContext>().Queue;
        var rows = await queue.CountAsync(Cancellation);
        Assert.True(rows > 0);
        Assert.Equal(rows, await queue.Select(q => q.ContentItemId).Distinct().CountAsync(Cancellation));
    }

    [Fact]
    public async Task An_item_of_a_type_switched_on_while_the_seed_backlog_is_indexed_is_found_once_the_backlog_is_read()
    {
        // Small batches make the first pass over the seeded backlog long, so the notice type is switched on and a
        // notice published while that pass still runs. It waits behind the backlog, hence the longer bound.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database, new Dictionary<string, string?> { ["Integra:Search:BatchSize"] = "10" });
        using var client = node.CreateBrowserlikeClient();

        var item = await PublishAsync(node, Cultures.English, "Beehives for returnees", "<p>Ten <b>beehives</b> for each family in Rahovec.</p>");

        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=beehives")).Contains(UrlOf(item), StringComparison.Ordinal), BacklogBound, "the notice published after start-up", Cancellation);
    }
}

public sealed class SqliteSearchSeedTests() : SearchSeedTests("Sqlite");

public sealed class PostgresSearchSeedTests() : SearchSeedTests("Postgres");
