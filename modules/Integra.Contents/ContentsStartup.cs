using Integra.Contents.Data;
using Integra.Contents.Services;
using Integra.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Contents;

public sealed class ContentsStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddSchema<ContentsDbContext>()
            .AddPermissions<Permissions>()
            .AddAdminMenu<AdminMenu>()
            .AddJob<ContentScheduleJob>();
        feature.Services.AddSingleton<ContentSanitizer>();
        feature.Services.AddScoped<IContentManager, ContentManager>();
        feature.Services.AddSingleton<PublishedContentCache>();
        feature.Services.AddHostedService<ContentVersionSync>();
    }
}
