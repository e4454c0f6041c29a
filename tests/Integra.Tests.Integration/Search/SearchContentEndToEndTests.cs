using System.Net;
using System.Text.Json.Nodes;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Integra.Testing.Kernel;
using Integra.Tests.Integration.Contents;

namespace Integra.Tests.Integration.Search;

/// <summary>The real content store feeding search: what an editor publishes is found, what they take down is not.</summary>
public abstract class SearchContentEndToEndTests(string provider)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Published_content_is_found_drafts_never_and_unpublished_or_deleted_content_leaves_search()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        using var client = contents.App.CreateBrowserlikeClient();
        var draft = await contents.WithContentsAsync(m => m.SaveDraftAsync(Notice(m, "Bletaria në Rahovec", "<p>Mjaltë nga bletët.</p>"), null, Cancellation));
        var first = await contents.WithContentsAsync(m => m.PublishAsync(Notice(m, "Punëtori për bletarë", "<p>Trajnim për <em>bletari</em> në Rahovec.</p>"), null, Cancellation));
        var second = await contents.WithContentsAsync(m => m.PublishAsync(Notice(m, "Kurs për bletarë të rinj", "<p>Bletari për të rinjtë.</p>"), null, Cancellation));
        Assert.True(draft.Succeeded && first.Succeeded && second.Succeeded);

        await Poll.UntilAsync(async () => (await PageAsync(client, "/sq/search?q=bletari")).Contains(UrlOf(second.Item!), StringComparison.Ordinal), Bound, "the published notices in search", Cancellation);
        var page = await PageAsync(client, "/sq/search?q=bletari");
        Assert.Contains(UrlOf(first.Item!), page, StringComparison.Ordinal);
        Assert.Contains("<mark>bletari</mark>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(UrlOf(draft.Item!), await PageAsync(client, "/sq/search?q=mjalte"), StringComparison.Ordinal);

        await contents.WithContentsAsync(m => m.UnpublishAsync(first.Item!.ContentItemId, Cancellation));
        await contents.WithContentsAsync(m => m.DeleteAsync(second.Item!.ContentItemId, Cancellation));

        await Poll.UntilAsync(async () => (await PageAsync(client, "/sq/search?q=bletari")).Contains("role=\"status\"", StringComparison.Ordinal)
            && !(await PageAsync(client, "/sq/search?q=bletari")).Contains("<mark>", StringComparison.Ordinal), Bound, "the unpublished and deleted notices to leave search", Cancellation);
    }

    private static ContentItem Notice(IContentManager contents, string title, string body)
    {
        var item = contents.New(NoticesFixtureModule.NoticeType, Cultures.Albanian);
        item.DisplayText = title;
        item.Data["body"] = new JsonObject { ["html"] = body };
        return item;
    }

    private static string UrlOf(ContentItem item) => $"/{item.Culture}/{NoticesFixtureModule.RoutePrefix}/{item.Slug}";

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }
}

public sealed class SqliteSearchContentEndToEndTests() : SearchContentEndToEndTests("Sqlite");

public sealed class PostgresSearchContentEndToEndTests() : SearchContentEndToEndTests("Postgres");
