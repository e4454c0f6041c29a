using System.Net;
using Integra.Core.Localization;
using Integra.Search.Data;
using Integra.Search.Indexing;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Search;

/// <summary>
/// The search pipeline from a content event to the public search page, over HTTP, with content from an in-memory
/// store: queue in the database, per-node cursor, per-node index.
/// </summary>
public abstract class SearchPipelineTests(string provider)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_item_is_found_within_seconds_with_the_searched_word_marked_and_a_draft_never()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = new InMemoryContent();
        await using var node = new SearchNodeFactory(database, content);
        using var client = node.CreateBrowserlikeClient();
        var draft = InMemoryContent.Item(Cultures.English, "Draft about beekeeping", "<p>Beekeeping grants, not yet public.</p>");
        var item = InMemoryContent.Item(Cultures.English, "Grants for beekeepers", "<p>Returnees in Prizren can apply for beekeeping <b>grants</b>.</p>");

        await content.SaveDraftAsync(node, draft, Cancellation);
        await content.PublishAsync(node, item, Cancellation);

        var waited = await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=grants")).Contains(Url(item), StringComparison.Ordinal), Bound, "the published item in search", Cancellation);
        var page = await SearchPageAsync(client, "/en/search?q=grants");
        Assert.Contains("<mark>grants</mark>", page, StringComparison.Ordinal);
        Assert.Contains("Grants for beekeepers", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Url(draft), page, StringComparison.Ordinal);
        Assert.DoesNotContain(Url(draft), await SearchPageAsync(client, "/en/search?q=public"), StringComparison.Ordinal);
        Assert.True(waited < Bound);
    }

    [Fact]
    public async Task An_unpublished_item_disappears_from_search()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = new InMemoryContent();
        await using var node = new SearchNodeFactory(database, content);
        using var client = node.CreateBrowserlikeClient();
        var item = InMemoryContent.Item(Cultures.English, "Job fair in Gjakova", "<p>Employers meet young people.</p>");
        await content.PublishAsync(node, item, Cancellation);
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=fair")).Contains(Url(item), StringComparison.Ordinal), Bound, "the published item", Cancellation);

        await content.UnpublishAsync(node, item, Cancellation);

        await Poll.UntilAsync(async () => !(await SearchPageAsync(client, "/en/search?q=fair")).Contains(Url(item), StringComparison.Ordinal), Bound, "the unpublished item to leave search", Cancellation);
    }

    [Fact]
    public async Task After_a_restart_the_index_still_finds_everything_and_nothing_is_indexed_again()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = new InMemoryContent();
        var appData = Directory.CreateTempSubdirectory("integra-search-node-").FullName;
        var settings = new Dictionary<string, string?> { ["Integra:AppData"] = appData };
        var item = InMemoryContent.Item(Cultures.Albanian, "Panair pune në Gjakovë", "<p>Punëdhënësit takojnë të rinjtë.</p>");
        try
        {
            await using (var first = new SearchNodeFactory(database, content, settings))
            {
                using var client = first.CreateBrowserlikeClient();
                await content.PublishAsync(first, item, Cancellation);
                await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sq/search?q=panair")).Contains(Url(item), StringComparison.Ordinal), Bound, "the item before the restart", Cancellation);
            }

            await using var restarted = new SearchNodeFactory(database, content, settings);
            using var restartedClient = restarted.CreateBrowserlikeClient();
            var status = restarted.Services.GetRequiredService<IndexingStatus>();

            Assert.Contains(Url(item), await SearchPageAsync(restartedClient, "/sq/search?q=panair"), StringComparison.Ordinal);
            await Poll.UntilAsync(() => Task.FromResult(status.Cycles >= 3), Bound, "three passes over the queue after the restart", Cancellation);
            Assert.Equal(0, status.ItemsIndexed);
        }
        finally
        {
            Directory.Delete(appData, recursive: true);
        }
    }

    [Fact]
    public async Task Two_nodes_on_one_database_each_index_what_either_published()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = new InMemoryContent();
        await using var nodeA = new SearchNodeFactory(database, content);
        await using var nodeB = new SearchNodeFactory(database, content);
        using var clientA = nodeA.CreateBrowserlikeClient();
        using var clientB = nodeB.CreateBrowserlikeClient();
        var item = InMemoryContent.Item(Cultures.English, "Women in agriculture", "<p>A greenhouse programme for women.</p>");

        await content.PublishAsync(nodeA, item, Cancellation);

        await Poll.UntilAsync(async () => (await SearchPageAsync(clientA, "/en/search?q=greenhouse")).Contains(Url(item), StringComparison.Ordinal), Bound, "node A to find the item", Cancellation);
        await Poll.UntilAsync(async () => (await SearchPageAsync(clientB, "/en/search?q=greenhouse")).Contains(Url(item), StringComparison.Ordinal), Bound, "node B to find the item", Cancellation);
        await using var scope = nodeA.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<SearchDbContext>().Cursors.CountAsync(Cancellation));
    }

    [Fact]
    public async Task Albanian_without_diacritics_and_Serbian_in_Cyrillic_find_what_was_written_otherwise()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = new InMemoryContent();
        await using var node = new SearchNodeFactory(database, content);
        using var client = node.CreateBrowserlikeClient();
        var albanian = InMemoryContent.Item(Cultures.Albanian, "Shtëpi për familjet e kthyera", "<p>Komuna ndau çelësat e shtëpive.</p>");
        var serbian = InMemoryContent.Item(Cultures.SerbianLatin, "Kuća za povratnike", "<p>Opština je predala ključeve kuće.</p>");

        await content.PublishAsync(node, albanian, Cancellation);
        await content.PublishAsync(node, serbian, Cancellation);

        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sq/search?q=shtepi")).Contains(Url(albanian), StringComparison.Ordinal), Bound, "shtepi to find shtëpi", Cancellation);
        Assert.Contains(Url(albanian), await SearchPageAsync(client, "/sq/search?q=celesat"), StringComparison.Ordinal);
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sr-Latn/search?q=" + Uri.EscapeDataString("кућа"))).Contains(Url(serbian), StringComparison.Ordinal), Bound, "a Cyrillic query to find the Latin item", Cancellation);
        Assert.Contains(Url(serbian), await SearchPageAsync(client, "/sr-Cyrl/search?q=" + Uri.EscapeDataString("кућа")), StringComparison.Ordinal);
        Assert.Contains(Url(serbian), await SearchPageAsync(client, "/sr-Cyrl/search?q=kljuceve"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_queries_answer_a_page_and_type_filter_and_paging_narrow_the_results()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = new InMemoryContent();
        await using var node = new SearchNodeFactory(database, content);
        using var client = node.CreateBrowserlikeClient();
        var news = Enumerable.Range(1, 12).Select(i => InMemoryContent.Item(Cultures.English, $"Training news {i}", "<p>Vocational training for youth.</p>")).ToList();
        var page = InMemoryContent.Item(Cultures.English, "About training", "<p>Training is one of five components.</p>", InMemoryContent.Page);
        foreach (var item in news.Append(page))
        {
            await content.PublishAsync(node, item, Cancellation);
        }

        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=training")).Contains("13 results", StringComparison.Ordinal), Bound, "all 13 items in search", Cancellation);

        foreach (var query in new[] { "\"unbalanced", "AND OR", "((( ] }", "title:", "*", "-" })
        {
            using var response = await client.GetAsync("/en/search?q=" + Uri.EscapeDataString(query), Cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var pagesOnly = await SearchPageAsync(client, "/en/search?q=training&type=Page");
        Assert.Contains("1 result", pagesOnly, StringComparison.Ordinal);
        Assert.Contains(Url(page), pagesOnly, StringComparison.Ordinal);
        Assert.Contains("News article (12)", pagesOnly, StringComparison.Ordinal);

        var second = await SearchPageAsync(client, "/en/search?q=training&type=NewsArticle&page=2");
        Assert.Equal(2, news.Count(n => second.Contains(Url(n), StringComparison.Ordinal)));
        Assert.DoesNotContain(Url(page), second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_without_a_culture_lands_on_the_visitors_culture_and_an_empty_query_shows_the_form()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new SearchNodeFactory(database, new InMemoryContent());
        using var client = node.CreateBrowserlikeClient();

        using var redirect = await client.GetAsync("/search?q=grants", Cancellation);
        var empty = await SearchPageAsync(client, "/sq/search");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/sq/search?q=grants", redirect.Headers.Location?.OriginalString);
        Assert.Contains("<label for=\"search-q\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"status\"", empty, StringComparison.Ordinal);
    }

    private static string Url(Integra.Contents.Models.ContentItem item) =>
        item.ContentType == InMemoryContent.Page.Name ? $"/{item.Culture}/{item.Slug}" : $"/{item.Culture}/news/{item.Slug}";

    private static async Task<string> SearchPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }
}

public sealed class SqliteSearchPipelineTests() : SearchPipelineTests("Sqlite");

public sealed class PostgresSearchPipelineTests() : SearchPipelineTests("Postgres");
