using Integra.Core.Modules;
using Integra.People.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Applications.PersonalData;

public static class PersonalDataRegistration
{
    /// <summary>The engine's contributions to the people registry: history, merging, the data subject's rights and retention.</summary>
    public static FeatureBuilder AddApplicationsPersonalData(this FeatureBuilder feature)
    {
        feature.Services.AddScoped<CallCalendar>();
        return feature
            .Contribute<IPersonHistoryProvider, ApplicationHistoryProvider>()
            .Contribute<IPersonMergeHandler, ApplicationMergeHandler>()
            .Contribute<IPersonalDataHandler, ApplicationPersonalDataHandler>();
    }
}
