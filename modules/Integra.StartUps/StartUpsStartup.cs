using Integra.Applications;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Cms.Services;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Indicators;
using Integra.Core.Modules;
using Integra.Core.Navigation;
using Integra.People.Services;
using Integra.StartUps.Data;
using Integra.StartUps.Models;
using Integra.StartUps.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.StartUps;

public sealed class StartUpsStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>()
            .AddAdminMenu<AdminMenu>()
            .AddSchema<StartUpsDbContext>();
        feature.Services.AddScoped<BeneficiaryTransitions>();
        feature.Services.AddScoped<BeneficiaryIntake>();
        feature.Contribute<IBeneficiaryTransitionHandler, BeneficiaryMailer>();
        feature.Contribute<IApplicationTransitionHandler, HandOverToStartUps>();
        feature.Contribute<IPersonMergeHandler, BeneficiaryMergeHandler>();
        feature.Contribute<IIndicatorProvider, StartUpsIndicators>();
        feature.Services.AddScoped<StartUpCalls>();
        feature.Services.AddScoped<TrainingService>();
        feature.Services.AddScoped<CertificateService>();
        feature.Contribute<IFormContributor, GrantFormContributor>();
        feature.Contribute<IFormContributor, PlanFormContributor>();
        feature.Contribute<IEligibilityRule, PlanStage>();
        feature.Contribute<IApplicationTransitionHandler, PlanStage>();
        feature.Contribute<IComponentCounterProvider, PublicCounters>();
        feature.Contribute<IBeneficiaryTransitionHandler, PublicCounterEviction>();
        feature.Services.AddScoped<GrantFiles>();
        feature.Services.AddScoped<GrantService>();
        feature.Services.AddScoped<BusinessRegistrations>();
        feature.Services.AddScoped<MonitoringVisits>();
        feature.Services.AddScoped<StartUpsReport>();
        feature.Services.AddScoped<StartUpsLookups>();
        feature.Contribute<IBeneficiaryTransitionHandler, VisitScheduler>();
        feature.Contribute<IContentTypeProvider, SuccessStories>();
        feature.Contribute<IContentPublishRule, SuccessStoryConsentRule>();
        feature.Contribute<IComponentSectionProvider, SuccessStorySections>();
        feature.Contribute<IContentEventHandler, SuccessStoryEviction>();
        feature.Contribute<IAccountLinkProvider, CertificateLinks>();
    }
}
