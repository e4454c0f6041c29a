using Integra.Core.Modules;
using Integra.People.Data;
using Integra.People.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.People;

public sealed class PeopleStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddSchema<PeopleDbContext>();
        feature.Services.AddScoped<IPersonRegistry, PersonRegistry>();
    }
}
