using System.Globalization;
using Integra.Cms.ViewModels;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Cms.Services;

/// <summary>
/// The editor's preview of a draft: the item's public page, built by <see cref="ItemPages"/> and shown by the
/// same view in the item's culture, with a banner saying it is not published.
/// </summary>
public sealed class CmsDisplayRenderer(ItemPages pages, IHttpContextAccessor http) : IContentDisplayRenderer
{
    public const string PreviewKey = "Integra.Cms.Preview";

    public async Task<IActionResult?> RenderAsync(ContentItem item, bool preview)
    {
        var page = await pages.BuildAsync(item, http.HttpContext?.RequestAborted ?? CancellationToken.None);
        return page is null ? null : new PageResult(item.Culture, page, preview);
    }

    /// <summary>Runs the public view as if the public route had been asked for: its area, controller and culture.</summary>
    private sealed class PageResult(string culture, ItemPage page, bool preview) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var httpContext = context.HttpContext;
            var services = httpContext.RequestServices;
            if (preview)
            {
                // A draft is for its editors only: never stored by any cache, never indexed.
                if (httpContext.Features.Get<IOutputCacheFeature>() is { } cache)
                {
                    cache.Context.AllowCacheStorage = false;
                }

                httpContext.Response.Headers.CacheControl = "no-store";
                httpContext.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            }

            var routeData = new RouteData(context.RouteData);
            routeData.Values["area"] = CmsModule.Id;
            routeData.Values["controller"] = page.Controller;
            routeData.Values["action"] = page.View;
            routeData.Values["culture"] = culture;
            var publicContext = new ActionContext(httpContext, routeData, context.ActionDescriptor, context.ModelState);

            var viewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
            {
                Model = page.Model,
                ["Title"] = page.Meta.Title,
                [PageMeta.Key] = page.Meta,
                [PageMeta.AlternatesKey] = page.Meta.Alternates,
                [PreviewKey] = preview,
            };
            var result = new ViewResult
            {
                ViewName = page.View,
                ViewData = viewData,
                TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(httpContext),
            };

            var (previousCulture, previousUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Info(culture);
            try
            {
                await result.ExecuteResultAsync(publicContext);
            }
            finally
            {
                CultureInfo.CurrentCulture = previousCulture;
                CultureInfo.CurrentUICulture = previousUiCulture;
            }
        }
    }
}
