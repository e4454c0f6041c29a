using System.Security.Claims;
using Integra.Core.Data;
using Integra.Core.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Testing.Kernel;

/// <summary>Switches features on a test host the way the admin screen does, through the kernel's FeatureManager.</summary>
public static class FeatureSwitches
{
    /// <summary>Enables the features and what they need; returns the ids actually switched on, dependencies first.</summary>
    public static async Task<IReadOnlyList<string>> EnableFeaturesAsync(this IntegraAppFactory app, IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        app.StartServer();
        await using var scope = app.Services.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<FeatureManager>().EnableAsync(featureIds, "Test", cancellationToken);
        return changed.Select(f => f.Id).ToList();
    }

    /// <summary>Disables the features and their dependents; returns the ids actually switched off, dependents first.</summary>
    public static async Task<IReadOnlyList<string>> DisableFeaturesAsync(this IntegraAppFactory app, IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        app.StartServer();
        await using var scope = app.Services.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<FeatureManager>().DisableAsync(featureIds, "Test", cancellationToken);
        return changed.Select(f => f.Id).ToList();
    }

    /// <summary>The principal a user would carry once signed in, for services that take one (menu, permissions).</summary>
    public static async Task<ClaimsPrincipal> PrincipalOfAsync(this IntegraAppFactory app, string email)
    {
        app.StartServer();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntegraUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<IntegraUser>>().CreateAsync(user);
    }
}
