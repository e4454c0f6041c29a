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
                await using var scope = scopes.CreateAsyncScope();
                var processor = scope.ServiceProvider.GetRequiredService<SearchQueueProcessor>();
                int consumed;
                do
                {
                    consumed = await processor.ProcessBatchAsync(stoppingToken);
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
