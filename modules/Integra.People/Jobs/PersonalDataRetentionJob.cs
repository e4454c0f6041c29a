using Integra.Core.Audit;
using Integra.Core.Features;
using Integra.Core.Jobs;
using Integra.Core.Modules;
using Integra.People.Data;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Jobs;

/// <summary>
/// After a call's retention period, personal data goes: each feature anonymises its own records that are past
/// retention, then a person is anonymised once no feature still keeps records of them within retention (a
/// person who applied to a later call keeps their details until that call's retention ends too).
/// </summary>
public sealed class PersonalDataRetentionJob(
    PeopleDbContext db,
    PersonalDataService personalData,
    FeatureContributions contributions,
    FeatureState state,
    IServiceProvider services,
    AuditLog audit,
    TimeProvider clock) : IBackgroundJob
{
    public string Name => "people-retention";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var handlers = contributions.Enabled<IPersonalDataHandler>(state, services).ToList();
        var expired = new HashSet<long>();
        foreach (var handler in handlers)
        {
            expired.UnionWith(await handler.ApplyRetentionAsync(now, cancellationToken));
        }

        var candidates = await db.People.AsNoTracking()
            .Where(p => expired.Contains(p.Id) && p.MergedIntoId == null && p.AnonymisedUtc == null)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var retained = new HashSet<long>();
        foreach (var handler in handlers)
        {
            retained.UnionWith(await handler.RetainedAsync(candidates, now, cancellationToken));
        }

        var due = candidates.Where(id => !retained.Contains(id)).ToList();
        foreach (var personId in due)
        {
            await personalData.AnonymisePeopleAsync(await personalData.WithMergedAsync(personId, cancellationToken), cancellationToken);
        }

        if (due.Count > 0)
        {
            await audit.WriteAsync("People", "Personal data anonymised after retention", $"{due.Count} people", string.Join(", ", due), cancellationToken);
        }
    }
}
