using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Applications.PersonalData;
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
        feature.AddAdminMenu<AdminMenu>();
        feature.Services.AddScoped<MessageTemplates>();
        feature.Services.AddScoped<ApplicationMailer>();
        feature.Services.AddScoped<IApplicationMailer>(sp => sp.GetRequiredService<ApplicationMailer>());
        feature.Services.AddScoped<IEligibilityChecker, EligibilityChecker>();
        feature.Services.AddScoped<CallSetupFormValidator>();
        feature.Services.AddOptions<ApplyingOptions>().Bind(feature.Configuration.GetSection("Integra:Applications"));
        feature.Services.AddScoped<AnswerRules>();
        feature.Services.AddScoped<Applying>();
        feature.Services.AddScoped<ApplicationFiles>();
        feature.Services.AddScoped<SubmissionService>();
        feature.Services.AddSingleton<ApplyingWriteGate>();
        feature.AddJob<ReminderJob>();
        feature.AddJob<OutboxMailJob>();
        feature.AddJob<OutboxPruneJob>();
        feature.AddApplicationsPersonalData();
        feature.Contribute<Integra.People.Services.IPersonalDataHandler, ApplicationFilesPersonalData>();
        feature.Contribute<IApplicationTransitionHandler, WithdrawalNotice>();
    }
}
