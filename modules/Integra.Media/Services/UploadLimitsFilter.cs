using Integra.Media.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Integra.Media.Services;

/// <summary>
/// The upload endpoint's request limits, taken from configuration (which <c>[RequestSizeLimit]</c> and
/// <c>[RequestFormLimits]</c> cannot do, their values being constants). It runs before the antiforgery check,
/// which reads the form: an upload over the limit is answered here with a page that says so, never with the
/// server's bare 413 or a reset connection.
/// </summary>
public sealed class UploadLimitsFilter(IOptions<MediaOptions> options, IModelMetadataProvider metadata) : IAsyncAuthorizationFilter
{
    /// <summary>Before the antiforgery filter (order 1000), like the framework's own request-limit filters.</summary>
    public const int Order = 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limits = options.Value;
        var bodySize = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (http.Request.ContentLength > limits.RequestLimit)
        {
            // Refused before a byte is read. Lifting the limit lets the server discard the rest of the body
            // (it gives up after a few seconds), so the browser, still sending, gets to read this answer.
            if (bodySize is { IsReadOnly: false })
            {
                bodySize.MaxRequestBodySize = null;
            }

            context.Result = TooLarge(context, limits);
            return;
        }

        if (bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = limits.RequestLimit;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limits.RequestLimit }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // A body without a length (chunked) that turned out too long.
            context.Result = TooLarge(context, limits);
        }
    }

    private ViewResult TooLarge(AuthorizationFilterContext context, MediaOptions limits) => new()
    {
        ViewName = "UploadTooLarge",
        StatusCode = StatusCodes.Status413PayloadTooLarge,
        ViewData = new ViewDataDictionary<UploadTooLargeViewModel>(metadata, context.ModelState)
        {
            Model = new UploadTooLargeViewModel(
                MediaPaths.NormalizeFolder(context.HttpContext.Request.Query["folder"]) ?? string.Empty,
                limits.MaxImageBytes / MediaOptions.Megabyte,
                limits.MaxDocumentBytes / MediaOptions.Megabyte),
        },
    };
}
