using Integra.Core.Jobs;
using Integra.TestModule.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.TestModule.Jobs;

/// <summary>Counts the notices every second and records the run.</summary>
public sealed class NoticeCounterJob(NoticesDbContext db, NoticeBoardNode node, TimeProvider clock) : IBackgroundJob
{
    /// <summary>
    /// Each run lasts at least this long, so that two nodes running the job at once would leave overlapping
    /// runs behind: the lease test looks for exactly that.
    /// </summary>
    public static readonly TimeSpan RunDuration = TimeSpan.FromMilliseconds(200);

    public string Name => "Integra.TestModule.NoticeCounter";

    public TimeSpan Interval => TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var count = await db.Notices.CountAsync(cancellationToken);
        await Task.Delay(RunDuration, clock, cancellationToken);
        db.CounterRuns.Add(new NoticeCounterRun { Node = node.Name, StartedUtc = started, FinishedUtc = clock.GetUtcNow().UtcDateTime, NoticeCount = count });
        await db.SaveChangesAsync(cancellationToken);
    }
}
