using Integra.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Integra.TestModule;

/// <summary>Maps a minimal endpoint instead of a controller, to show that those are gated by their feature too.</summary>
public sealed class ExtrasStartup : FeatureStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{culture:culture}/notices/extras", (IStringLocalizer<ExtrasStartup> t) => Results.Text(t["Notice board extras"].Value));
    }
}
