using Integra.Core.Indicators;
using Integra.Core.Modules;
using Integra.People.Data;
using Integra.People.Jobs;
using Integra.People.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.People;

public sealed class PeopleStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>()
            .AddAdminMenu<AdminMenu>()
            .AddSchema<PeopleDbContext>()
            .AddJob<PersonalDataRetentionJob>();
        feature.Services.AddScoped<IPersonRegistry, PersonRegistry>();
        feature.Services.AddScoped<DuplicateDetector>();
        feature.Services.AddScoped<PersonMerger>();
        feature.Services.AddScoped<PersonalDataService>();
        feature.Services.AddScoped<ISensitiveDataLog, SensitiveDataLog>();
        feature.Contribute<IIndicatorPeople, RegistryIndicatorPeople>();
    }
}
