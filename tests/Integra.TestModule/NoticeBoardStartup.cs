using Integra.Core.Modules;
using Integra.TestModule.Data;
using Integra.TestModule.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
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

    /// <summary>A page that always fails, so tests can see what visitors get when something breaks.</summary>
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/{culture:culture}/notices/broken", string () =>
            throw new InvalidOperationException("Notice board failure with a secret detail: connection string Password=hunter2"));
}
