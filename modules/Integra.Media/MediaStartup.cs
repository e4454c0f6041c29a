using Integra.Core.Modules;
using Integra.Media.Data;
using Integra.Media.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Media;

public sealed class MediaStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>().AddAdminMenu<AdminMenu>().AddSchema<MediaDbContext>();

        var services = feature.Services;
        services.Configure<MediaOptions>(feature.Configuration.GetSection("Integra:Media"));
        services.AddSingleton<MediaStorage>();
        services.AddSingleton<ImageVariants>();
        services.AddSingleton<IMediaUrls, MediaUrls>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaUsages>();
        services.AddScoped<UploadLimitsFilter>();
    }
}
