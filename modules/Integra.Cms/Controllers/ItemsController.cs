using Integra.Cms.Models;
using Integra.Cms.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Integra.Cms.Controllers;

/// <summary>Component, municipality, event, question and plain pages.</summary>
public sealed class ItemsController(SiteContent site, ItemPages pages) : SiteController(site, pages)
{
    [HttpGet("/{culture:culture}/components/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call])]
    public Task<IActionResult> Component(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.ComponentPage, slug, cancellationToken);

    [HttpGet("/{culture:culture}/municipalities/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Municipality, CmsOutputCache.TypeTagPrefix + CmsContentTypes.NewsArticle, CmsOutputCache.TypeTagPrefix + CmsContentTypes.Call])]
    public Task<IActionResult> Municipality(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.Municipality, slug, cancellationToken);

    [HttpGet("/{culture:culture}/events/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Event])]
    public Task<IActionResult> Event(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.Event, slug, cancellationToken);

    [HttpGet("/{culture:culture}/faq/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Faq])]
    public Task<IActionResult> Question(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.Faq, slug, cancellationToken);

    [HttpGet("/{culture:culture}/{slug}")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Page, CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage])]
    public Task<IActionResult> Page(string slug, CancellationToken cancellationToken) => ShowAsync(CmsContentTypes.Page, slug, cancellationToken);
}
