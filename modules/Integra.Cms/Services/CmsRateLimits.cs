using System.Threading.RateLimiting;
using Integra.Core.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Integra.Cms.Services;

/// <summary>The contact form's limit per address, like the kernel's login and registration limits (<c>Integra:RateLimits:Contact</c>).</summary>
public static class CmsRateLimits
{
    public const string Contact = "Integra.Cms.Contact";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>(Contact).Configure(o => (o.PermitLimit, o.WindowSeconds) = (5, 600)).Bind(configuration.GetSection("Integra:RateLimits:Contact"));
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Contact, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().Get(Contact);
            return RateLimitPartition.GetFixedWindowLimiter($"{Contact}:{context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
            });
        }));
    }
}
