using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Search;

/// <summary>
/// A content store in memory that raises content events the way the content manager does, so the search
/// pipeline (event handler, queue, cursor, index, page) is tested on its own. Several hosts may share one,
/// as several nodes share one database.
/// </summary>
public sealed class InMemoryContent : IContentManager
{
    public static readonly ContentTypeDefinition News = new("NewsArticle", "News article", ContentParts.Standard) { RoutePrefix = "news" };
    public static readonly ContentTypeDefinition Page = new("Page", "Page", ContentParts.Standard);

    private readonly ConcurrentDictionary<string, ContentItem> _published = new();

    public IReadOnlyList<ContentTypeDefinition> ContentTypes { get; } = [News, Page];

    public ContentTypeDefinition? FindType(string name) => ContentTypes.FirstOrDefault(t => t.Name == name);

    public static ContentItem Item(string culture, string title, string body, ContentTypeDefinition? type = null)
    {
        var id = Guid.NewGuid().ToString("N");
        return new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = Guid.NewGuid().ToString("N"),
            ContentType = (type ?? News).Name,
            Culture = culture,
            TranslationSetId = id,
            DisplayText = title,
            Slug = "item-" + id[..8],
            CreatedUtc = DateTime.UtcNow,
            ModifiedUtc = DateTime.UtcNow,
            Data = new JsonObject { ["body"] = new JsonObject { ["html"] = body } },
        };
    }

    /// <summary>Publishes on the given node: the item becomes public and the node's enabled handlers hear of it.</summary>
    public async Task PublishAsync(IntegraAppFactory node, ContentItem item, CancellationToken cancellationToken)
    {
        item.Published = true;
        item.PublishedUtc = DateTime.UtcNow;
        _published[item.ContentItemId] = item;
        await RaiseAsync(node, h => h.PublishedAsync(item, cancellationToken));
    }

    public Task SaveDraftAsync(IntegraAppFactory node, ContentItem item, CancellationToken cancellationToken) =>
        RaiseAsync(node, h => h.DraftSavedAsync(item, cancellationToken));

    public async Task UnpublishAsync(IntegraAppFactory node, ContentItem item, CancellationToken cancellationToken)
    {
        _published.TryRemove(item.ContentItemId, out _);
        item.Published = false;
        await RaiseAsync(node, h => h.UnpublishedAsync(item, cancellationToken));
    }

    public Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_published.GetValueOrDefault(contentItemId));

    public Task<ContentPage> ListPublishedAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var items = _published.Values.Where(i => i.ContentType == query.ContentType && i.Culture == query.Culture).OrderByDescending(i => i.PublishedUtc).ToList();
        return Task.FromResult(new ContentPage(items.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(), items.Count, query.Page, query.PageSize));
    }

    public ContentItem New(string contentType, string culture) => throw new NotSupportedException();

    public Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentItem?> FindPublishedAsync(string culture, string routePrefix, string slug, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, ContentItem>> GetTranslationsAsync(string translationSetId, bool publishedOnly, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentResult> SaveDraftAsync(ContentItem item, Guid? expectedRevision, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentResult> PublishAsync(ContentItem item, Guid? expectedRevision, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentResult> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentResult> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ContentResult> TranslateAsync(string contentItemId, string culture, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> RunScheduleAsync(DateTime nowUtc, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private static async Task RaiseAsync(IntegraAppFactory node, Func<IContentEventHandler, Task> raise)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetRequiredService<FeatureContributions>()
            .Enabled<IContentEventHandler>(scope.ServiceProvider.GetRequiredService<FeatureState>(), scope.ServiceProvider);
        foreach (var handler in handlers)
        {
            await raise(handler);
        }
    }
}

/// <summary>A node whose content store is the shared in-memory one.</summary>
public sealed class SearchNodeFactory(TestDatabase database, InMemoryContent content, IReadOnlyDictionary<string, string?>? settings = null)
    : IntegraAppFactory(database, settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IContentManager>(content));
    }
}
