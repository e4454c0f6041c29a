using Integra.Core.Modules;
using Microsoft.AspNetCore.Http;

namespace Integra.Core.Features;

/// <summary>Answers 404 for every endpoint of a disabled feature, before authentication gets a say.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next, FeatureState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<FeatureMetadata>();
        if (feature is not null && !state.IsEnabled(feature.FeatureId))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
