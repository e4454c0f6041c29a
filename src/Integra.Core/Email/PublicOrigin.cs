using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Integra.Core.Email;

/// <summary>
/// The site's public address for links in e-mails: the <see cref="Setting"/> when given (the address people reach,
/// behind any proxy), otherwise the address of the request that sends the mail.
/// </summary>
public sealed class PublicOrigin(IConfiguration configuration, IHttpContextAccessor http, ILogger<PublicOrigin> logger)
{
    /// <summary>The same setting account e-mails read for their links.</summary>
    public const string Setting = "Integra:Users:PublicOrigin";

    /// <summary>The origin without a trailing slash, e.g. <c>https://project-integra.net</c>; empty when neither is known.</summary>
    public string Get()
    {
        if (configuration[Setting] is { Length: > 0 } origin)
        {
            return origin.TrimEnd('/');
        }

        if (http.HttpContext?.Request is { } request)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        // A job's e-mail still goes out; its links are relative until the setting is there.
        logger.LogWarning("E-mails sent outside a request need {Setting} for absolute links", Setting);
        return string.Empty;
    }
}
