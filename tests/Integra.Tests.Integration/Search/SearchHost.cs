using System.Net;
using System.Text.Json.Nodes;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.Tests.Integration.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Search;

/// <summary>
/// Search tests run the real host and its real content store, with the test notice type switched on, so what is
/// published goes the way an editor's work goes: content store, content event, queue, each node's index, the page.
/// The website's seed content is indexed alongside; tests search for words it does not use.
/// </summary>
public static class SearchHost
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A node on <paramref name="database"/> with notices enabled (a no-op when the database already has them).</summary>
    public static async Task<IntegraAppFactory> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var node = new IntegraAppFactory(database, settings);
        await node.EnableFeaturesAsync([NoticesFixtureModule.Feature], Cancellation);
        return node;
    }

    public static Task<ContentItem> PublishAsync(IntegraAppFactory node, string culture, string title, string bodyHtml, string type = NoticesFixtureModule.NoticeType) =>
        SaveAsync(node, culture, title, bodyHtml, type, publish: true);

    public static Task<ContentItem> SaveDraftAsync(IntegraAppFactory node, string culture, string title, string bodyHtml) =>
        SaveAsync(node, culture, title, bodyHtml, NoticesFixtureModule.NoticeType, publish: false);

    public static Task UnpublishAsync(IntegraAppFactory node, ContentItem item) =>
        WithContentsAsync(node, async contents => Assert.True((await contents.UnpublishAsync(item.ContentItemId, Cancellation)).Succeeded));

    /// <summary>The public address the search links to: notices under their route prefix, pages at the culture's root.</summary>
    public static string UrlOf(ContentItem item) => item.ContentType == NoticesFixtureModule.NoticeType
        ? $"/{item.Culture}/{NoticesFixtureModule.RoutePrefix}/{item.Slug}"
        : $"/{item.Culture}/{item.Slug}";

    public static async Task<string> SearchPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    public static async Task<T> WithContentsAsync<T>(IntegraAppFactory node, Func<IContentManager, Task<T>> action)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    private static async Task WithContentsAsync(IntegraAppFactory node, Func<IContentManager, Task> action)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    private static Task<ContentItem> SaveAsync(IntegraAppFactory node, string culture, string title, string bodyHtml, string type, bool publish) =>
        WithContentsAsync(node, async contents =>
        {
            var item = contents.New(type, culture);
            item.DisplayText = title;
            item.Data["body"] = new JsonObject { ["html"] = bodyHtml };
            var result = publish
                ? await contents.PublishAsync(item, null, Cancellation)
                : await contents.SaveDraftAsync(item, null, Cancellation);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
            return result.Item!;
        });
}
