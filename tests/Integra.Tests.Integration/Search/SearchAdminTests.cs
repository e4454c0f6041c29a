using System.Net;
using Integra.Contents.Services;
using Integra.Core.Data;
using Integra.Core.Localization;
using Integra.Core.Security;
using Integra.Search.Indexing;
using Integra.Search.Services;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.Tests.Integration.Admin;
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
