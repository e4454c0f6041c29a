using Integra.Contents.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Contents.Services;

/// <summary>
/// Brings this node's <see cref="PublishedContentCache"/> up to a content change made on another node sharing the
/// database, as often as the feature state is checked (<see cref="ShellSyncOptions.PollInterval"/>), and tells the
/// content event handlers, so caches built on published content (the public pages' output cache) are dropped too.
/// </summary>
internal sealed class ContentVersionSync(
    IServiceScopeFactory scopes,
    PublishedContentCache cache,
    FeatureContributions contributions,
    FeatureState features,
    IOptions<ShellSyncOptions> options,
    ILogger<ContentVersionSync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not check the content version");
            }
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentsDbContext>();
        var version = await db.ContentVersions.AsNoTracking()
            .Where(v => v.Id == ContentVersion.SingletonId)
            .Select(v => (long?)v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var firstCheck = cache.Version < 0;
        if (version is not { } current || !cache.Advance(current) || firstCheck)
        {
            return;
        }

        logger.LogInformation("Content changed on another node: published content reloaded at version {Version}", current);
        foreach (var handler in contributions.Enabled<IContentEventHandler>(features, scope.ServiceProvider))
        {
            try
            {
                await handler.ChangedOnAnotherNodeAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Content event handler {Handler} failed.", handler.GetType().Name);
            }
        }
    }
}
