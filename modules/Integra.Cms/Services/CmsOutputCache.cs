using System.Globalization;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Features;
using Integra.Templates;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Cms.Services;

/// <summary>
/// Public pages are cached per URL for anonymous visitors and tagged with their culture and the content types
/// they show; a content change evicts every page that shows its type.
/// </summary>
public static class CmsOutputCache
{
    public const string Policy = "Integra.Cms.Public";
    public const string TypeTagPrefix = "cms-type:";
    public const string CultureTagPrefix = "cms-culture:";

    /// <summary>Every cached public page carries it, so a change to how all of them look (a template) evicts them all.</summary>
    public const string PublicPageTag = "cms-page";

    /// <summary>For pages that show every type (the sitemap).</summary>
    public const string AnyContentTag = "cms-content";

    public static void Configure(OutputCacheOptions options) =>
        options.AddPolicy(Policy, builder => builder.Expire(TimeSpan.FromMinutes(10)).AddPolicy<CultureTagPolicy>());

    /// <summary>Adds the public-page and culture tags; the default policy already refuses signed-in users and responses that set cookies.</summary>
    private sealed class CultureTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.Tags.Add(PublicPageTag);
            // A page shows what enabled features add (counters, apply links): switching one starts fresh copies.
            context.CacheVaryByRules.VaryByValues["features"] = context.HttpContext.RequestServices.GetRequiredService<FeatureState>().Version.ToString(CultureInfo.InvariantCulture);
            if (context.HttpContext.GetRouteValue("culture") is string culture)
            {
                context.Tags.Add(CultureTagPrefix + culture);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}

/// <summary>
/// Evicts the cached pages that show the changed item's type, in every culture (alternate links change too); after a
/// change on another node, every public page.
/// </summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : IContentEventHandler
{
    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => EvictAsync(item, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => EvictAsync(item, cancellationToken);

    public Task DeletedAsync(ContentItem item, CancellationToken cancellationToken) => EvictAsync(item, cancellationToken);

    /// <summary>Which types changed is not known here, so every cached public page goes.</summary>
    public async Task ChangedOnAnotherNodeAsync(CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(CmsOutputCache.PublicPageTag, cancellationToken);

    private async Task EvictAsync(ContentItem item, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(CmsOutputCache.TypeTagPrefix + item.ContentType, cancellationToken);
        await store.EvictByTagAsync(CmsOutputCache.AnyContentTag, cancellationToken);
    }
}

/// <summary>A template shapes every item page (and any page may come to use one), so saving or resetting one evicts every cached public page.</summary>
public sealed class TemplateChangeEviction(IOutputCacheStore store) : ITemplateChangeHandler
{
    public async Task ChangedAsync(string name, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(CmsOutputCache.PublicPageTag, cancellationToken);
}
