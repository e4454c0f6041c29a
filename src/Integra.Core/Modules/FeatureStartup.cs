using Microsoft.AspNetCore.Routing;

namespace Integra.Core.Modules;

/// <summary>
/// Per-feature startup. Every installed feature is configured when the host starts, whether or not it is
/// enabled: enabling and disabling at run time only changes what the kernel lets through, so no restart is needed.
/// </summary>
public abstract class FeatureStartup
{
    public virtual void ConfigureServices(FeatureBuilder feature)
    {
    }

    /// <summary>Endpoints mapped here answer 404 while the feature is disabled.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
