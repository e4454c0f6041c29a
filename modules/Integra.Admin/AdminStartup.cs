using Integra.Admin.Services;
using Integra.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Admin;

public sealed class AdminStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>().AddAdminMenu<AdminMenu>();
        feature.Services.AddScoped<SiteClock>();
        feature.Services.AddScoped<AuditLogQuery>();
    }
}
