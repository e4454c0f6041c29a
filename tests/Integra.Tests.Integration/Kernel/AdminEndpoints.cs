using System.Text;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Integra.Tests.Integration.Kernel;

/// <summary>Every admin endpoint the running host routes to, as a request a test can send.</summary>
internal sealed record AdminEndpoint(string Method, string Path, bool HasParameters, IReadOnlyList<string> Permissions, string? FeatureId, string DisplayName)
{
    public override string ToString() => $"{Method} {Path} ({DisplayName})";

    public HttpRequestMessage Request() => new(new HttpMethod(Method), Path)
    {
        Content = Method == HttpMethods.Get ? null : new FormUrlEncodedContent([]),
    };

    /// <summary>
    /// Endpoints whose route starts with <c>admin</c>. Route parameters that are ids are filled in with 1;
    /// endpoints with any other parameter are returned as skipped, with the reason.
    /// </summary>
    public static (List<AdminEndpoint> Endpoints, List<string> Skipped) Discover(EndpointDataSource source)
    {
        var endpoints = new List<AdminEndpoint>();
        var skipped = new List<string>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText?.TrimStart('/') ?? string.Empty;
            if (!raw.Equals("admin", StringComparison.OrdinalIgnoreCase) && !raw.StartsWith("admin/", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var path = Fill(endpoint.RoutePattern);
            if (path is null)
            {
                skipped.Add($"{raw} ({endpoint.DisplayName}): a route parameter that is not an id");
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var method = methods.Count == 0 || methods.Contains(HttpMethods.Get) ? HttpMethods.Get : methods[0];
            var permissions = endpoint.Metadata.GetOrderedMetadata<PermissionAttribute>().Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
            endpoints.Add(new AdminEndpoint(method, path, endpoint.RoutePattern.Parameters.Count > 0, permissions, endpoint.Metadata.GetMetadata<FeatureMetadata>()?.FeatureId, endpoint.DisplayName ?? raw));
        }

        return (endpoints.DistinctBy(e => (e.Method, e.Path)).OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList(), skipped);
    }

    private static string? Fill(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        text.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter:
                        var value = ValueFor(parameter, pattern.Defaults.GetValueOrDefault(parameter.Name));
                        if (value is null)
                        {
                            return null;
                        }

                        text.Append(value);
                        break;
                }
            }

            if (text.Length > 0)
            {
                path.Append('/').Append(text);
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string? ValueFor(RoutePatternParameterPart parameter, object? routeDefault)
    {
        if (parameter.IsCatchAll)
        {
            return null;
        }

        var constraints = parameter.ParameterPolicies.Select(p => p.Content?.Split('(')[0]).ToList();
        if (constraints.Contains("guid"))
        {
            return Guid.NewGuid().ToString();
        }

        if (constraints.Contains("int") || constraints.Contains("long") || parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
        {
            return "1";
        }

        if (routeDefault is not null)
        {
            return routeDefault.ToString();
        }

        return parameter.IsOptional ? string.Empty : null;
    }
}
