using Integra.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Core.Features;

public sealed class ShellSyncOptions
{
    /// <summary>How often a node checks whether another node changed the features.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>Keeps this node's feature state in step with changes made on other nodes.</summary>
internal sealed class ShellSyncService(IServiceScopeFactory scopes, FeatureState state, IOptions<ShellSyncOptions> options, ILogger<ShellSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await state.RefreshAsync(scope.ServiceProvider.GetRequiredService<CoreDbContext>(), stoppingToken))
                {
                    logger.LogInformation("Feature state reloaded at version {Version}", state.Version);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not check the feature state version");
            }
        }
    }
}
