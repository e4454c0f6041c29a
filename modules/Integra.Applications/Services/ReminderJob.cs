using Integra.Applications.Data;
using Integra.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Integra.Applications.Services;

/// <summary>
/// E-mails the holders of unsubmitted drafts before their call closes (by default 3 days and 1 day before), each
/// reminder once: the row in app_reminders is written with the sending, and a unique index refuses a second.
/// </summary>
public sealed class ReminderJob(
    ApplicationsDbContext db,
    CallSetups setups,
    TimeProvider clock,
    IOptions<ApplyingOptions> options,
    IServiceProvider services,
    ILogger<ReminderJob> logger) : IBackgroundJob
{
    public string Name => "Applications.DeadlineReminders";

    public TimeSpan Interval => TimeSpan.FromMinutes(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IApplicationMailer>() is not { } mailer)
        {
            // Without the engine's mailer nothing is sent, and nothing is marked as sent.
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var days = options.Value.ReminderDays.Order().ToList();
        var callIds = await db.Applications.Where(a => a.Status == ApplicationStatus.Draft && a.ApplicantUserId != null)
            .Select(a => a.CallSetupId).Distinct().ToListAsync(cancellationToken);
        foreach (var callId in callIds)
        {
            var setup = await db.Calls.FirstAsync(c => c.Id == callId, cancellationToken);
            var window = await setups.WindowAsync(setup, cancellationToken);
            if (window.ClosesUtc is not { } closes || !window.IsOpenAt(now))
            {
                continue;
            }

            // Only the nearest reminder due: a draft started two days before the close gets the 3-day one, not both.
            var due = days.FirstOrDefault(d => closes - now <= TimeSpan.FromDays(d));
            if (due == 0)
            {
                continue;
            }

            var kind = $"{due}d";
            var drafts = await db.Applications
                .Where(a => a.CallSetupId == callId && a.Status == ApplicationStatus.Draft && a.ApplicantUserId != null)
                .Where(a => !db.Reminders.Any(r => r.ApplicationId == a.Id && r.Kind == kind))
                .ToListAsync(cancellationToken);
            foreach (var draft in drafts)
            {
                await RemindAsync(mailer, draft, kind, closes, now, cancellationToken);
            }
        }
    }

    private async Task RemindAsync(IApplicationMailer mailer, Application draft, string kind, DateTime closes, DateTime now, CancellationToken cancellationToken)
    {
        db.Reminders.Add(new ApplicationReminder { ApplicationId = draft.Id, Kind = kind, SentUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return;
        }

        try
        {
            await mailer.SendAsync(ApplicationMessages.DeadlineReminder, draft, new Dictionary<string, object?>
            {
                ["closes_at"] = SubmissionService.Belgrade(closes),
                ["days_left"] = Math.Max(0, (int)Math.Ceiling((closes - now).TotalDays)),
                ["application_url"] = $"/{draft.Culture}/applications/{draft.Id}",
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reminder {Kind} for application {Id} failed", kind, draft.Id);
        }
    }
}
