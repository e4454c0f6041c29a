using Integra.Applications.Data;
using Integra.Core.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

/// <summary>
/// Clears the outbox of e-mails sent more than <see cref="KeepSent"/> ago, and of those given up on after
/// <see cref="OutboxMailJob.MaxAttempts"/> that long after they were written: the outbox is a queue, not an archive
/// (the application's timeline and the decision letters are the record), so it does not grow with every receipt.
/// </summary>
public sealed class OutboxPruneJob(ApplicationsDbContext db, ApplyingWriteGate gate, TimeProvider clock) : IBackgroundJob
{
    public static readonly TimeSpan KeepSent = TimeSpan.FromDays(30);

    public string Name => "Applications.OutboxPrune";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - KeepSent;
        return gate.RunAsync(db, () => db.OutboxMails
            .Where(m => (m.SentUtc != null && m.SentUtc < before) || (m.SentUtc == null && m.Attempts >= OutboxMailJob.MaxAttempts && m.CreatedUtc < before))
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);
    }
}
