using System.Net;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Cms;

public sealed class SqliteTwoNodeContentTests() : TwoNodeContentTests("Sqlite");

public sealed class PostgresTwoNodeContentTests() : TwoNodeContentTests("Postgres");

/// <summary>
/// Two web nodes sharing one database: each keeps published content and whole pages in memory, and a change made
/// on either reaches the other's pages within seconds, whether it had them cached or not.
/// </summary>
public abstract class TwoNodeContentTests(string provider)
{
    private const string Slug = "example-equipment-in-malisheva";
    private const string NewTitle = "Example: Ten new businesses in Malisheva receive their equipment";
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_article_edited_and_unpublished_on_one_node_changes_on_the_other_nodes_pages_within_seconds()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodeA = new IntegraAppFactory(database);
        await using var nodeB = new IntegraAppFactory(database);
        var visitorOnB = nodeB.CreateBrowserlikeClient();
        var article = $"/en/news/{Slug}";

        // Node B has read the published content and cached the news list.
        Assert.Equal(HttpStatusCode.OK, (await visitorOnB.GetAsync(article, Cancel)).StatusCode);
        await visitorOnB.GetAsync("/en/news", Cancel);
        Assert.NotNull((await visitorOnB.GetAsync("/en/news", Cancel)).Headers.Age);

        await using (var scope = nodeA.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = (await content.FindPublishedAsync(Cultures.English, "news", Slug, Cancel))!;
            item.DisplayText = NewTitle;
            Assert.True((await content.PublishAsync(item, item.Revision, Cancel)).Succeeded);
        }

        await Poll.UntilAsync(async () => await ShowsAsync(visitorOnB, "/en/news", NewTitle), FewSeconds, "node B's cached news list to show the title edited on node A", Cancel);
        await Poll.UntilAsync(async () => await ShowsAsync(visitorOnB, article, NewTitle), FewSeconds, "node B's article page to show the title edited on node A", Cancel);

        await using (var scope = nodeA.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = (await content.FindPublishedAsync(Cultures.English, "news", Slug, Cancel))!;
            Assert.True((await content.UnpublishAsync(item.ContentItemId, Cancel)).Succeeded);
        }

        await Poll.UntilAsync(async () => (await visitorOnB.GetAsync(article, Cancel)).StatusCode == HttpStatusCode.NotFound, FewSeconds, "node B to answer 404 for the article unpublished on node A", Cancel);
        await Poll.UntilAsync(async () => !await ShowsAsync(visitorOnB, "/en/news", NewTitle), FewSeconds, "node B's news list to drop the article unpublished on node A", Cancel);
    }

    private static async Task<bool> ShowsAsync(HttpClient client, string path, string text)
    {
        using var response = await client.GetAsync(path, Cancel);
        return (await response.ReadPageAsync(Cancel)).Contains(text, StringComparison.Ordinal);
    }
}
