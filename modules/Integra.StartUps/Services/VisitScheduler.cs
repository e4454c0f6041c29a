using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>When a business is registered, its monitoring visits are scheduled at 3, 6 and 12 months from the registration day.</summary>
public sealed class VisitScheduler(StartUpsDbContext db) : IBeneficiaryTransitionHandler
{
    public async Task OnTransitionedAsync(Beneficiary beneficiary, BeneficiaryEvent change, CancellationToken cancellationToken)
    {
        if (change.Trigger != BeneficiaryTrigger.Register || await db.Visits.AnyAsync(v => v.BeneficiaryId == beneficiary.Id, cancellationToken))
        {
            return;
        }

        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.BeneficiaryId == beneficiary.Id, cancellationToken);
        var start = registration?.RegisteredOn ?? DateOnly.FromDateTime(change.AtUtc);
        db.Visits.AddRange(MonitoringVisits.Schedule.Select(month => new MonitoringVisit { BeneficiaryId = beneficiary.Id, Month = month, DueOn = start.AddMonths(month), Revision = Guid.NewGuid() }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
