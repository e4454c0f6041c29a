using Integra.Core.Modules;

namespace Integra.Users;

public sealed class UsersStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature)
    {
    }
}
