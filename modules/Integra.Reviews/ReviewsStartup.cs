using Integra.Core.Modules;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Reviews;

public sealed class ReviewsStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddAdminMenu<AdminMenu>()
            .AddSchema<ReviewsDbContext>();
        feature.Services.AddScoped<ReviewCalls>();
        feature.Services.AddScoped<ApplicantData>();
        feature.Services.AddScoped<ReviewService>();
        feature.Services.AddScoped<DecisionService>();
        feature.Services.AddScoped<SensitiveAccess>();
    }
}
