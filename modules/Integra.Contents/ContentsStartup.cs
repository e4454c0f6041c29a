using Integra.Core.Modules;

namespace Integra.Contents;

public sealed class ContentsStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
    }
}
