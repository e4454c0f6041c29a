using Integra.Core.Modules;

namespace Integra.Users;

public sealed class UsersModule : IModule
{
    public ModuleManifest Manifest { get; } = new(
        "Integra.Users",
        "Users and roles",
        "Sign-in, registration, two-factor authentication, users, roles and their permissions.",
        "Platform",
        [new FeatureManifest("Integra.Users", "Users and roles", "Accounts, users, roles and permissions.", typeof(UsersStartup)) { AlwaysEnabled = true }]);
}
