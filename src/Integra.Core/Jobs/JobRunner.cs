using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Core.Jobs;

public sealed class JobOptions
{
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(5);
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Runs the jobs of enabled features when they are due. A lease row per job in the database makes sure only
/// one node runs a job at a time.
/// </summary>
internal sealed class JobRunner(
    IServiceScopeFactory scopes,
    FeatureContributions contributions,
    FeatureState state,
    TimeProvider clock,
    IOptions<JobOptions> options,
    ILogger<JobRunner> logger) : BackgroundService
{
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.TickInterval);
        do
        {
            foreach (var (featureId, jobType) in contributions.Of<IBackgroundJob>())
            {
                if (!state.IsEnabled(featureId))
                {
                    continue;
                }

                try
                {
                    await RunIfDueAsync(jobType, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Job {Job} failed", jobType.Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunIfDueAsync(Type jobType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = (IBackgroundJob)scope.ServiceProvider.GetRequiredService(jobType);
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await TryTakeLeaseAsync(db, job, now, cancellationToken))
        {
            return;
        }

        string? error = null;
        try
        {
            await job.RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e.Message;
            logger.LogError(e, "Job {Job} failed", job.Name);
        }

        var finished = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases.Where(l => l.Job == job.Name && l.Owner == _node).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.LastRunUtc, finished)
            .SetProperty(l => l.LastSuccessUtc, l => error == null ? finished : l.LastSuccessUtc)
            .SetProperty(l => l.LastError, error)
            .SetProperty(l => l.LeaseUntilUtc, finished + job.Interval), cancellationToken);
    }

    /// <summary>The lease is taken by a conditional update, so two nodes can never both win it.</summary>
    private async Task<bool> TryTakeLeaseAsync(CoreDbContext db, IBackgroundJob job, DateTime now, CancellationToken cancellationToken)
    {
        if (!await db.JobLeases.AnyAsync(l => l.Job == job.Name, cancellationToken))
        {
            try
            {
                db.JobLeases.Add(new JobLeaseRecord { Job = job.Name, LeaseUntilUtc = DateTime.UnixEpoch });
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node created the lease row first; the update below decides who runs.
            }

            db.ChangeTracker.Clear();
        }

        // A crashed runner's lease expires after the job's interval plus this margin.
        var holdUntil = now + job.Interval + TimeSpan.FromMinutes(5);
        var taken = await db.JobLeases
            .Where(l => l.Job == job.Name && l.LeaseUntilUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, _node).SetProperty(l => l.LeaseUntilUtc, holdUntil), cancellationToken);
        return taken == 1;
    }
}
