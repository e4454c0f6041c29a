using Integra.Core.Modules;
using Integra.TestModule.Data;
using Integra.TestModule.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.TestModule;

public sealed class NoticeBoardStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
        feature.AddPermissions<Permissions>()
            .AddAdminMenu<AdminMenu>()
            .AddSchema<NoticesDbContext>()
            .AddSeed<NoticeBoardSeed>()
            .AddJob<NoticeCounterJob>();
        feature.Services.AddSingleton<NoticeBoardNode>();
    }
}
