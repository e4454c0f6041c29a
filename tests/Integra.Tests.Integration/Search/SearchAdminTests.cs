using System.Net;
using Integra.Core.Data;
using Integra.Core.Localization;
using Integra.Core.Security;
using Integra.Search.Indexing;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.Tests.Integration.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Search;

public abstract class SearchAdminTests(string provider)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_sees_the_nodes_index_and_a_rebuild_reindexes_every_published_item_and_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var content = new InMemoryContent();
        await using var node = new SearchNodeFactory(database, content);
        var items = Enumerable.Range(1, 3).Select(i => InMemoryContent.Item(Cultures.English, $"Orchard {i}", "<p>Fruit trees for returnees.</p>")).ToList();
        foreach (var item in items)
        {
            await content.PublishAsync(node, item, Cancellation);
        }

        var status = node.Services.GetRequiredService<IndexingStatus>();
        await Poll.UntilAsync(() => Task.FromResult(status.ItemsIndexed >= 3), Bound, "the three items to be indexed", Cancellation);
        using var admin = await AdminClient.SignInAsync(node, IntegraAppFactory.AdminEmail);

        var before = await admin.PageAsync("/admin/search");
        Assert.Contains("English (en) 3", before, StringComparison.Ordinal);
        Assert.Contains("Last queue entry read 3", before, StringComparison.Ordinal);

        var after = await admin.PostAndFollowAsync("/admin/search/rebuild");
        Assert.Contains("3 published items were queued", after, StringComparison.Ordinal);
        await Poll.UntilAsync(async () => (await admin.PageAsync("/admin/search")).Contains("English (en) 3", StringComparison.Ordinal) && status.ItemsIndexed >= 6, Bound, "the rebuilt index to hold the three items", Cancellation);
        await using var scope = node.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries.AnyAsync(a => a.Module == "Search" && a.Action == "Search index rebuilt", Cancellation));
    }

    [Fact]
    public async Task Staff_without_the_search_permission_are_refused_the_search_admin()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new SearchNodeFactory(database, new InMemoryContent());
        await node.CreateUserAsync("officer@integra.test", "Officer-Password-2026!", Roles.ProgrammeOfficer);
        using var officer = await node.CreateSignedInClientAsync("officer@integra.test");
        using var anonymous = node.CreateBrowserlikeClient();

        using var refused = await officer.GetAsync("/admin/search", Cancellation);
        using var login = await anonymous.GetAsync("/admin/search", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/account/login", login.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class SqliteSearchAdminTests() : SearchAdminTests("Sqlite");

public sealed class PostgresSearchAdminTests() : SearchAdminTests("Postgres");
