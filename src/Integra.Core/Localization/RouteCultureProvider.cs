using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Integra.Core.Localization;

/// <summary>The culture named in the URL (<c>/sr-Cyrl/...</c>) wins over cookie and browser.</summary>
internal sealed class RouteCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = Cultures.Normalize(httpContext.GetRouteValue("culture") as string);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}

/// <summary>Route constraint <c>{culture:culture}</c>: one of the served cultures.</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Cultures.IsSupported(value as string);
}
