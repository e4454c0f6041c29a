using System.Net;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Data;
using Integra.Core.Localization;
using Integra.Core.Security;
using Integra.Search.Data;
using Integra.Search.Indexing;
using Integra.Search.Services;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.Tests.Integration.Admin;
using Integra.Tests.Integration.Contents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Integra.Tests.Integration.Search.SearchHost;

namespace Integra.Tests.Integration.Search;

public abstract class SearchAdminTests(string provider)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_sees_the_nodes_index_and_a_rebuild_reindexes_every_published_item_and_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        using var client = node.CreateBrowserlikeClient();
        for (var i = 1; i <= 3; i++)
        {
            await PublishAsync(node, Cultures.English, $"Orchard {i}", "<p>Fruit trees for returnees.</p>");
        }

        var status = node.Services.GetRequiredService<IndexingStatus>();
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=orchard")).Contains("3 results", StringComparison.Ordinal) && await PendingAsync(node) == 0, Bound, "the three items to be indexed", Cancellation);
        var (english, all) = await PublishedCountsAsync(node);
        using var admin = await AdminClient.SignInAsync(node, IntegraAppFactory.AdminEmail);

        var before = await admin.PageAsync("/admin/search");
        Assert.Contains($"English (en) {english}", before, StringComparison.Ordinal);
        Assert.Contains("Queue entries waiting 0", before, StringComparison.Ordinal);

        var indexedBefore = status.ItemsIndexed;
        var after = await admin.PostAndFollowAsync("/admin/search/rebuild");
        Assert.Contains($"{all} published items were queued", after, StringComparison.Ordinal);
        await Poll.UntilAsync(async () => (await admin.PageAsync("/admin/search")).Contains($"English (en) {english}", StringComparison.Ordinal) && status.ItemsIndexed >= indexedBefore + all, Bound, "the rebuilt index to hold every published item", Cancellation);
        Assert.Contains("3 results", await SearchPageAsync(client, "/en/search?q=orchard"), StringComparison.Ordinal);
        await using var scope = node.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries.AnyAsync(a => a.Module == "Search" && a.Action == "Search index rebuilt", Cancellation));
    }

    [Fact]
    public async Task A_node_gone_for_good_is_forgotten_from_the_admin_and_a_node_that_finds_itself_forgotten_fills_its_index_again_from_the_queue()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Pruning leaves gaps only in rows days old; the rows this test takes out are new, so the node may step over them at once.
        await using var node = await StartAsync(database, new Dictionary<string, string?> { ["Integra:Search:GapGrace"] = "00:00:00" });
        using var client = node.CreateBrowserlikeClient();
        var kept = await PublishAsync(node, Cultures.English, "Beehives for Rahovec", "<p>Ten hives for each family.</p>");
        var dropped = await PublishAsync(node, Cultures.English, "Beehives for Drenas", "<p>Hives for women in Drenas.</p>");
        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=beehives")).Contains("2 results", StringComparison.Ordinal) && await PendingAsync(node) == 0, Bound, "both items to be indexed", Cancellation);
        var thisNode = node.Services.GetRequiredService<SearchNode>().Id;
        await WithSearchAsync(node, db =>
        {
            db.Cursors.Add(new SearchCursor { NodeId = "node-gone", LastQueueId = 0, UpdatedUtc = DateTime.UtcNow.AddDays(-40) });
            return db.SaveChangesAsync(Cancellation);
        });
        using var admin = await AdminClient.SignInAsync(node, IntegraAppFactory.AdminEmail, "sq");

        var listed = await admin.PageAsync("/admin/search");
        Assert.Contains("Nyjet", listed, StringComparison.Ordinal);
        Assert.Contains($"{thisNode} kjo nyje", listed, StringComparison.Ordinal);
        Assert.Contains("node-gone lexuar deri te hyrja 0 e radhës", listed, StringComparison.Ordinal);
        Assert.DoesNotContain($"Harro nyjen {thisNode}", listed, StringComparison.Ordinal);

        var forgotten = await admin.PostAndFollowAsync("/admin/search/nodes/forget", ("nodeId", "node-gone"));
        Assert.Contains("Nyja node-gone u harrua.", forgotten, StringComparison.Ordinal);
        Assert.DoesNotContain("node-gone lexuar", forgotten, StringComparison.Ordinal);
        // The page offers no button to forget the node answering; a forged form is refused.
        using (var forged = await admin.Http.SubmitFormAsync("/admin/search", "/admin/search/nodes/forget", [("nodeId", thisNode)], Cancellation))
        {
            Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        }

        Assert.Contains($"Nyja {thisNode} nuk mund të harrohet", await admin.PageAsync("/admin/search"), StringComparison.Ordinal);
        Assert.Equal([thisNode], await WithSearchAsync(node, db => db.Cursors.Select(c => c.NodeId).ToListAsync(Cancellation)));
        await using (var scope = node.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries.AnyAsync(a => a.Module == "Search" && a.Action == "Search node forgotten" && a.Subject == "node-gone", Cancellation));
        }

        // This node forgotten from another while the queue lost the dropped item's rows (as pruning does after a
        // removal): it must not keep the item because it once indexed it.
        await WithSearchAsync(node, async db =>
        {
            await db.Queue.Where(q => q.ContentItemId == dropped.ContentItemId).ExecuteDeleteAsync(Cancellation);
            return await db.Cursors.Where(c => c.NodeId == thisNode).ExecuteDeleteAsync(Cancellation);
        });
        await PublishAsync(node, Cultures.English, "Orchards for Kamenica", "<p>Fruit trees.</p>");

        await Poll.UntilAsync(async () => (await SearchPageAsync(client, "/en/search?q=orchards")).Contains(UrlOf(await LatestAsync(node, "Orchards for Kamenica")), StringComparison.Ordinal), Bound, "the node to index again from the queue", Cancellation);
        var beehives = await SearchPageAsync(client, "/en/search?q=beehives");
        Assert.Contains(UrlOf(kept), beehives, StringComparison.Ordinal);
        Assert.DoesNotContain(UrlOf(dropped), beehives, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_menu_names_the_search_screen_in_the_search_modules_own_words_in_every_language()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);

        // Other modules translate "Search" as the verb of a search box (Albanian "Kërko"); the screen is "Kërkim".
        foreach (var (culture, word) in new[] { ("sq", "Kërkim"), ("sr-Latn", "Pretraga"), ("sr-Cyrl", "Претрага"), ("en", "Search") })
        {
            using var admin = await AdminClient.SignInAsync(node, IntegraAppFactory.AdminEmail, culture);
            var html = await admin.HtmlAsync("/admin");
            Assert.Matches($"<nav class=\"admin-menu\"[\\s\\S]*<a class=\"\" href=\"/admin/search\">{word}</a>", html);
            Assert.Contains($"<li><a href=\"/admin/search\">{word}</a></li>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Staff_without_the_search_permission_are_refused_the_search_admin()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = await StartAsync(database);
        await node.CreateUserAsync("officer@integra.test", "Officer-Password-2026!", Roles.ProgrammeOfficer);
        using var officer = await node.CreateSignedInClientAsync("officer@integra.test");
        using var anonymous = node.CreateBrowserlikeClient();

        using var refused = await officer.GetAsync("/admin/search", Cancellation);
        using var login = await anonymous.GetAsync("/admin/search", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/account/login", login.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<T> WithSearchAsync<T>(IntegraAppFactory node, Func<SearchDbContext, Task<T>> action)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SearchDbContext>());
    }

    private static Task<ContentItem> LatestAsync(IntegraAppFactory node, string title) =>
        WithContentsAsync(node, async contents => (await contents.ListPublishedAsync(new ContentQuery(NoticesFixtureModule.NoticeType, Cultures.English), Cancellation)).Items.Single(i => i.DisplayText == title));

    private static async Task<long> PendingAsync(IntegraAppFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().ReportAsync(node.Services.GetRequiredService<IndexingStatus>(), Cancellation);
        return report.PendingRows;
    }

    /// <summary>What the content store says is public and has a page: English alone, and every culture together.</summary>
    private static Task<(int English, int All)> PublishedCountsAsync(IntegraAppFactory node) =>
        WithContentsAsync(node, async contents =>
        {
            var english = 0;
            var all = 0;
            foreach (var type in contents.ContentTypes.Where(t => t.Listable))
            {
                foreach (var culture in Cultures.All)
                {
                    var total = (await contents.ListPublishedAsync(new ContentQuery(type.Name, culture), Cancellation)).Total;
                    all += total;
                    english += culture == Cultures.English ? total : 0;
                }
            }

            return (english, all);
        });
}

public sealed class SqliteSearchAdminTests() : SearchAdminTests("Sqlite");

public sealed class PostgresSearchAdminTests() : SearchAdminTests("Postgres");
