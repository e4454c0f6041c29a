using Integra.Cms.Data;
using Integra.Cms.Models;
using Integra.Cms.Seed;
using Integra.Cms.Services;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Modules;
using Integra.Media.Services;
using Integra.Templates;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Cms;

public sealed class CmsStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.Contribute<IContentTypeProvider, CmsContentTypes>()
            .Contribute<IContentEventHandler, OutputCacheEviction>()
            .Contribute<IContentDisplayRenderer, CmsDisplayRenderer>()
            .Contribute<ITemplateSource, ContentTemplates>()
            .Contribute<ITemplateChangeHandler, TemplateChangeEviction>()
            .Contribute<IMediaUsageProvider, ContentMediaUsages>()
            .AddSchema<CmsDbContext>()
            .AddSeed<CmsSeed>();

        var services = feature.Services;
        services.AddScoped<SiteContent>();
        services.AddScoped<SiteTime>();
        services.AddScoped<AtomFeeds>();
        services.AddScoped<ItemPages>();
        services.AddSingleton<CallStatus>();
        services.Configure<OutputCacheOptions>(CmsOutputCache.Configure);
        CmsRateLimits.Add(services, feature.Configuration);
    }
}
