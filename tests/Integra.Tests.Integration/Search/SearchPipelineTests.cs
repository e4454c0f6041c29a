using System.Net;
using Integra.Cms.Models;
using Integra.Cms.Seed;
using Integra.Core.Localization;
using Integra.Tests.Integration.Contents;
using Integra.Search.Data;
using Integra.Search.Indexing;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Integra.Tests.Integration.Search.SearchHost;

namespace Integra.Tests.Integration.Search;

/// <summary>
/// The search pipeline from the real content store to the public search page, over HTTP: queue in the database,
/// per-node cursor, per-node index. The website's seed is indexed too, so the tests search for words it lacks.
/// </summary>
public abstract class SearchPipelineTests(string provider)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_item_is_found_within_seconds_with_the_searched_word_marked_and_a_draft_never()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        using var client = node.CreateBrowserlikeClient();

        var draft = await SaveDraftAsync(node, Cultures.English, "Draft about an apiary", "<p>Apiary plans, not yet public.</p>");
        var item = await PublishAsync(node, Cultures.English, "Hives for beekeepers", "<p>Returnees in Prizren can apply for an <b>apiary</b> of ten hives.</p>");

        var waited = await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=apiary")).Contains(UrlOf(item), StringComparison.Ordinal), Bound, "the published item in search", Cancellation);
        var page = await SearchPageAsync(client, "/en/search?q=apiary");
        Assert.Contains("<mark>apiary</mark>", page, StringComparison.Ordinal);
        Assert.Contains("Hives for beekeepers", page, StringComparison.Ordinal);
        Assert.Contains("1 result for", page, StringComparison.Ordinal);
        Assert.DoesNotContain(UrlOf(draft), page, StringComparison.Ordinal);
        Assert.DoesNotContain(UrlOf(draft), await SearchPageAsync(client, "/en/search?q=plans"), StringComparison.Ordinal);
        Assert.True(waited < Bound);
    }

    [Fact]
    public async Task An_unpublished_item_disappears_from_search()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        using var client = node.CreateBrowserlikeClient();
        var item = await PublishAsync(node, Cultures.English, "Carpentry fair in Gjakova", "<p>Employers meet young carpenters.</p>");
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=carpentry")).Contains(UrlOf(item), StringComparison.Ordinal), Bound, "the published item", Cancellation);

        await UnpublishAsync(node, item);

        await Poll.UntilAsync(async () => !(await SearchPageAsync(client, "/en/search?q=carpentry")).Contains(UrlOf(item), StringComparison.Ordinal), Bound, "the unpublished item to leave search", Cancellation);
    }

    [Fact]
    public async Task After_a_restart_the_index_still_finds_everything_and_nothing_is_indexed_again()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var appData = Directory.CreateTempSubdirectory("integra-search-node-").FullName;
        var settings = new Dictionary<string, string?> { ["Integra:AppData"] = appData };
        var seeded = $"/{Cultures.Albanian}/news/{ExampleContent.NewsItems[2].Slug.For(Cultures.Albanian)}";
        try
        {
            Integra.Contents.Models.ContentItem item;
            await using (var first = await StartAsync(database, settings))
            {
                using var client = first.CreateBrowserlikeClient();
                item = await PublishAsync(first, Cultures.Albanian, "Panair pune në Gjakovë", "<p>Punëdhënësit takojnë të rinjtë.</p>");
                await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sq/search?q=panair")).Contains(UrlOf(item), StringComparison.Ordinal), Bound, "the item before the restart", Cancellation);
                await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sq/search?q=pajisjet")).Contains(seeded, StringComparison.Ordinal), Bound, "the seeded news before the restart", Cancellation);
            }

            await using var restarted = await StartAsync(database, settings);
            using var restartedClient = restarted.CreateBrowserlikeClient();
            var status = restarted.Services.GetRequiredService<IndexingStatus>();

            Assert.Contains(UrlOf(item), await SearchPageAsync(restartedClient, "/sq/search?q=panair"), StringComparison.Ordinal);
            Assert.Contains(seeded, await SearchPageAsync(restartedClient, "/sq/search?q=pajisjet"), StringComparison.Ordinal);
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
        await using var nodeA = await StartAsync(database);
        await using var nodeB = await StartAsync(database);
        using var clientA = nodeA.CreateBrowserlikeClient();
        using var clientB = nodeB.CreateBrowserlikeClient();

        var item = await PublishAsync(nodeA, Cultures.English, "Women in agriculture", "<p>A greenhouse programme for women.</p>");

        await Poll.UntilAsync(async () => (await SearchPageAsync(clientA, "/en/search?q=greenhouse")).Contains(UrlOf(item), StringComparison.Ordinal), Bound, "node A to find the item", Cancellation);
        await Poll.UntilAsync(async () => (await SearchPageAsync(clientB, "/en/search?q=greenhouse")).Contains(UrlOf(item), StringComparison.Ordinal), Bound, "node B to find the item", Cancellation);
        await using var scope = nodeA.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<SearchDbContext>().Cursors.CountAsync(Cancellation));
    }

    [Fact]
    public async Task Albanian_without_diacritics_and_Serbian_in_Cyrillic_find_what_was_written_otherwise()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        using var client = node.CreateBrowserlikeClient();

        var albanian = await PublishAsync(node, Cultures.Albanian, "Shtëpi për familjet e kthyera", "<p>Komuna ndau çelësat e shtëpive.</p>");
        var serbian = await PublishAsync(node, Cultures.SerbianLatin, "Kuća za povratnike", "<p>Opština je predala ključeve kuće.</p>");

        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sq/search?q=shtepi")).Contains(UrlOf(albanian), StringComparison.Ordinal), Bound, "shtepi to find shtëpi", Cancellation);
        Assert.Contains(UrlOf(albanian), await SearchPageAsync(client, "/sq/search?q=celesat"), StringComparison.Ordinal);
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sr-Latn/search?q=" + Uri.EscapeDataString("кућа"))).Contains(UrlOf(serbian), StringComparison.Ordinal), Bound, "a Cyrillic query to find the Latin item", Cancellation);

        // On the Cyrillic site the same article is found once, as its generated Cyrillic translation.
        var cyrillicUrl = $"/{Cultures.SerbianCyrillic}/{NoticesFixtureModule.RoutePrefix}/{serbian.Slug}";
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sr-Cyrl/search?q=" + Uri.EscapeDataString("кућа"))).Contains(cyrillicUrl, StringComparison.Ordinal), Bound, "the Cyrillic translation on the Cyrillic site", Cancellation);
        var cyrillicPage = await SearchPageAsync(client, "/sr-Cyrl/search?q=kljuceve");
        Assert.Contains(cyrillicUrl, cyrillicPage, StringComparison.Ordinal);
        Assert.DoesNotContain(UrlOf(serbian), cyrillicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_queries_answer_a_page_and_type_filter_and_paging_narrow_the_results()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        using var client = node.CreateBrowserlikeClient();
        var notices = new List<Integra.Contents.Models.ContentItem>();
        for (var i = 1; i <= 12; i++)
        {
            notices.Add(await PublishAsync(node, Cultures.English, $"Carpentry notice {i}", "<p>Carpentry courses for youth.</p>"));
        }

        var page = await PublishAsync(node, Cultures.English, "About carpentry", "<p>Carpentry is one of the trades taught.</p>", CmsContentTypes.Page);

        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=carpentry")).Contains("13 results", StringComparison.Ordinal), Bound, "all 13 items in search", Cancellation);

        foreach (var query in new[] { "\"unbalanced", "AND OR", "((( ] }", "title:", "*", "-" })
        {
            using var response = await client.GetAsync("/en/search?q=" + Uri.EscapeDataString(query), Cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var pagesOnly = await SearchPageAsync(client, "/en/search?q=carpentry&type=Page");
        Assert.Contains("1 result", pagesOnly, StringComparison.Ordinal);
        Assert.Contains(UrlOf(page), pagesOnly, StringComparison.Ordinal);
        Assert.Contains("Notice (12)", pagesOnly, StringComparison.Ordinal);

        var second = await SearchPageAsync(client, "/en/search?q=carpentry&type=Notice&page=2");
        Assert.Equal(2, notices.Count(n => second.Contains($"href=\"{UrlOf(n)}\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(UrlOf(page), second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seeded_example_news_is_found_on_the_albanian_site()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        using var client = node.CreateBrowserlikeClient();
        var news = ExampleContent.NewsItems[2];
        var url = $"/{Cultures.Albanian}/news/{news.Slug.For(Cultures.Albanian)}";

        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/sq/search?q=pajisjet")).Contains(url, StringComparison.Ordinal), Bound, "the seeded news in search", Cancellation);

        using var target = await client.GetAsync(url, Cancellation);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
    }

    [Fact]
    public async Task Search_without_a_culture_lands_on_the_visitors_culture_and_an_empty_query_shows_the_form()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        using var client = node.CreateBrowserlikeClient();

        using var redirect = await client.GetAsync("/search?q=grants", Cancellation);
        var empty = await SearchPageAsync(client, "/sq/search");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/sq/search?q=grants", redirect.Headers.Location?.OriginalString);
        Assert.Contains("<label for=\"search-q\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"status\"", empty, StringComparison.Ordinal);
    }
}

public sealed class SqliteSearchPipelineTests() : SearchPipelineTests("Sqlite");

public sealed class PostgresSearchPipelineTests() : SearchPipelineTests("Postgres");
