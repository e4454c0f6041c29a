using Integra.Applications.Data;
using Integra.Applications.PersonalData;
using Integra.Applications.Services;
using Integra.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Applications;

public sealed class ApplicationsStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>()
            .AddSchema<ApplicationsDbContext>();
        feature.Services.AddScoped<ApplicationTransitions>();
        feature.Services.AddScoped<CallSetups>();
        feature.AddApplicationsPersonalData();
    }
}
