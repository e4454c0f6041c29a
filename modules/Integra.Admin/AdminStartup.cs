using Integra.Core.Modules;

namespace Integra.Admin;

public sealed class AdminStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
    }
}
