using System.Text.Json;
using Integra.Applications.Data;
using Integra.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integra.Applications.Services;

/// <summary>
/// Sends the e-mails waiting in the outbox, oldest first, marking them sent a few at a time: a crash before the
/// mark sends those again (at least once, never lost). A failing message is tried again on later runs, up to
/// <see cref="MaxAttempts"/>, without holding up the others. The marks queue with the applicants' writes, which
/// they would otherwise slow down on SQLite near a deadline, when most receipts are sent.
/// </summary>
public sealed class OutboxMailJob(
    ApplicationsDbContext db,
    ApplyingWriteGate gate,
    TimeProvider clock,
    IServiceProvider services,
    ILogger<OutboxMailJob> logger) : IBackgroundJob
{
    public const int MaxAttempts = 10;

    private const int Batch = 100;

    private const int MarkEvery = 20;

    public string Name => "Applications.Outbox";

    /// <summary>Every tick of the job runner: a receipt should reach the applicant within seconds.</summary>
    public TimeSpan Interval => TimeSpan.Zero;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IApplicationMailer>() is not { } mailer)
        {
            return;
        }

        var waiting = await db.OutboxMails.Where(m => m.SentUtc == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var (mail, index) in waiting.Select((m, i) => (m, i)))
        {
            var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == mail.ApplicationId, cancellationToken);
            try
            {
                if (application is not null)
                {
                    var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(mail.ValuesJson) ?? [];
                    await mailer.SendAsync(mail.MessageKey, application, values.ToDictionary(v => v.Key, v => (object?)v.Value), cancellationToken);
                }

                mail.SentUtc = clock.GetUtcNow().UtcDateTime;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                mail.Attempts++;
                mail.LastError = e.Message.Length > ApplicationLimits.Reason ? e.Message[..ApplicationLimits.Reason] : e.Message;
                logger.LogError(e, "The e-mail {Message} for application {Application} failed (attempt {Attempt})", mail.MessageKey, mail.ApplicationId, mail.Attempts);
            }

            if ((index + 1) % MarkEvery == 0 || index == waiting.Count - 1)
            {
                await gate.RunAsync(db, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
            }
        }
    }
}
