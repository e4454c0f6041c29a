using Integra.Core.Features;
using Integra.Search.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Search.Indexing;

/// <summary>
/// Every node runs this loop for its own index (not a kernel job: a job runs on one node at a time, and every
/// node must index). It reads the queue about once a second while the feature is enabled.
/// </summary>
internal sealed class SearchIndexingService(
    IServiceScopeFactory scopes,
    FeatureState features,
    IndexingStatus status,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            if (!features.IsEnabled(SearchModule.Id))
            {
                continue;
            }

            string? error = null;
            try
            {
                int consumed;
                do
                {
                    // A scope per batch: the content store of a scope knows the content types enabled when it was
                    // first asked, and a backlog can take long enough that a type is switched on in the meantime.
                    await using var scope = scopes.CreateAsyncScope();
                    consumed = await scope.ServiceProvider.GetRequiredService<SearchQueueProcessor>().ProcessBatchAsync(stoppingToken);
                }
                while (consumed == options.Value.BatchSize);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = e.Message;
                logger.LogError(e, "Search indexing failed; the queue is read again on the next pass");
            }

            status.CycleCompleted(error);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
