using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>One call in one municipality: how far its people got, its places, and its money in EUR.</summary>
public sealed record ComponentRow(long CallSetupId, int CallNumber, string Municipality)
{
    public int Applied { get; set; }
    public int SelectedForTraining { get; set; }
    public int Trained { get; set; }
    public int PlanSubmitted { get; set; }
    public int Awarded { get; set; }
    public int Delivered { get; set; }
    public int Registered { get; set; }
    public int Active { get; set; }

    /// <summary>Places the call gives the municipality; null when it sets no cap.</summary>
    public int? Places { get; set; }

    /// <summary>Equipment listed for businesses awarded and still followed.</summary>
    public decimal Committed { get; set; }

    public decimal DeliveredValue { get; set; }

    /// <summary>Co-financing recorded as paid, by beneficiaries and municipalities together.</summary>
    public decimal CoFinancingCollected { get; set; }

    public string CallLabel => StartUpCallTypes.Label(CallNumber);
}

/// <summary>A delivered piece of equipment, as the asset register lists it.</summary>
public sealed record AssetRow(Beneficiary Beneficiary, EquipmentItem Item, DateOnly DeliveredOn);

/// <summary>
/// The component's figures, counted from the records themselves: the funnel per call and municipality (from the engine's
/// applications and the beneficiaries' timelines, so a person who dropped out still counts at the stages they reached),
/// places used, and the grants' money. Sums are taken here, not in SQL, as SQLite does not add decimals.
/// </summary>
public sealed class StartUpsReport(StartUpsDbContext db, ApplicationsDbContext applications)
{
    /// <summary>The stages of the path in order; a later status means every earlier stage was reached.</summary>
    private static readonly BeneficiaryStatus[] Path =
    [
        BeneficiaryStatus.SelectedForTraining, BeneficiaryStatus.Trained, BeneficiaryStatus.PlanSubmitted,
        BeneficiaryStatus.Awarded, BeneficiaryStatus.EquipmentDelivered, BeneficiaryStatus.Registered,
    ];

    public async Task<IReadOnlyList<ComponentRow>> RowsAsync(long? callSetupId, string? municipality, CancellationToken cancellationToken)
    {
        var calls = await applications.Calls.AsNoTracking()
            .Where(c => c.Component == StartUpsModule.Component && c.CallType == StartUpCallTypes.Grant && (callSetupId == null || c.Id == callSetupId))
            .ToListAsync(cancellationToken);
        var callIds = calls.Select(c => c.Id).ToList();
        var rows = new Dictionary<(long, string), ComponentRow>();
        ComponentRow Row(long call, string code) =>
            rows.TryGetValue((call, code), out var row) ? row : rows[(call, code)] = new ComponentRow(call, calls.First(c => c.Id == call).CallNumber, code);

        var applied = await applications.Applications.AsNoTracking()
            .Where(a => callIds.Contains(a.CallSetupId) && a.Status != ApplicationStatus.Draft && (municipality == null || a.Municipality == municipality))
            .GroupBy(a => new { a.CallSetupId, a.Municipality })
            .Select(g => new { g.Key.CallSetupId, g.Key.Municipality, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var a in applied.Where(a => a.Municipality is not null))
        {
            Row(a.CallSetupId, a.Municipality!).Applied += a.Count;
        }

        var beneficiaries = await db.Beneficiaries.AsNoTracking()
            .Where(b => callIds.Contains(b.CallSetupId) && (municipality == null || b.Municipality == municipality)).ToListAsync(cancellationToken);
        var ids = beneficiaries.Select(b => b.Id).ToList();
        var reached = (await db.BeneficiaryEvents.AsNoTracking().Where(e => ids.Contains(e.BeneficiaryId)).Select(e => new { e.BeneficiaryId, e.ToStatus }).ToListAsync(cancellationToken))
            .GroupBy(e => e.BeneficiaryId)
            .ToDictionary(g => g.Key, g => g.Max(e => Stage(e.ToStatus)));
        var equipment = (await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.BeneficiaryId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.BeneficiaryId);
        var grants = await db.Grants.AsNoTracking().Where(g => ids.Contains(g.BeneficiaryId)).ToDictionaryAsync(g => g.BeneficiaryId, cancellationToken);
        foreach (var b in beneficiaries)
        {
            var row = Row(b.CallSetupId, b.Municipality);
            var stage = Math.Max(reached.GetValueOrDefault(b.Id, -1), Stage(b.Status));
            row.SelectedForTraining += stage >= 0 ? 1 : 0;
            row.Trained += stage >= 1 ? 1 : 0;
            row.PlanSubmitted += stage >= 2 ? 1 : 0;
            row.Awarded += stage >= 3 ? 1 : 0;
            row.Delivered += stage >= 4 ? 1 : 0;
            row.Registered += stage >= 5 ? 1 : 0;
            row.Active += b.Status == BeneficiaryStatus.Active ? 1 : 0;
            var value = equipment[b.Id].Sum(e => e.Total);
            if (GrantService.HasGrant(b.Status))
            {
                row.Committed += value;
            }

            if (grants.GetValueOrDefault(b.Id) is { } grant)
            {
                row.DeliveredValue += grant.DeliveredOn is null ? 0 : value;
                row.CoFinancingCollected += (grant.BeneficiaryPaid ? grant.BeneficiaryAmount : 0) + (grant.MunicipalPaid ? grant.MunicipalAmount : 0);
            }
        }

        foreach (var call in calls)
        {
            foreach (var (code, places) in call.Places().Where(p => municipality == null || p.Key == municipality))
            {
                Row(call.Id, code).Places = places;
            }
        }

        return [.. rows.Values.OrderBy(r => r.CallNumber).ThenBy(r => r.CallSetupId).ThenBy(r => r.Municipality, StringComparer.Ordinal)];
    }

    /// <summary>Delivered equipment across beneficiaries, newest delivery first.</summary>
    public async Task<IReadOnlyList<AssetRow>> AssetsAsync(long? callSetupId, string? municipality, CancellationToken cancellationToken)
    {
        var delivered = await (
            from g in db.Grants.AsNoTracking()
            join b in db.Beneficiaries.AsNoTracking() on g.BeneficiaryId equals b.Id
            where g.DeliveredOn != null && (callSetupId == null || b.CallSetupId == callSetupId) && (municipality == null || b.Municipality == municipality)
            select new { Beneficiary = b, DeliveredOn = g.DeliveredOn!.Value }).ToListAsync(cancellationToken);
        var ids = delivered.Select(d => d.Beneficiary.Id).ToList();
        var items = (await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.BeneficiaryId)).OrderBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.BeneficiaryId);
        return [.. delivered.OrderByDescending(d => d.DeliveredOn).ThenBy(d => d.Beneficiary.Reference, StringComparer.Ordinal)
            .SelectMany(d => items[d.Beneficiary.Id].Select(i => new AssetRow(d.Beneficiary, i, d.DeliveredOn)))];
    }

    /// <summary>Totals of several rows, e.g. per municipality across calls, or the whole component.</summary>
    public static ComponentRow Sum(IEnumerable<ComponentRow> rows, long callSetupId = 0, int callNumber = 0, string municipality = "")
    {
        var total = new ComponentRow(callSetupId, callNumber, municipality);
        foreach (var r in rows)
        {
            total.Applied += r.Applied;
            total.SelectedForTraining += r.SelectedForTraining;
            total.Trained += r.Trained;
            total.PlanSubmitted += r.PlanSubmitted;
            total.Awarded += r.Awarded;
            total.Delivered += r.Delivered;
            total.Registered += r.Registered;
            total.Active += r.Active;
            total.Places = r.Places is null ? total.Places : (total.Places ?? 0) + r.Places;
            total.Committed += r.Committed;
            total.DeliveredValue += r.DeliveredValue;
            total.CoFinancingCollected += r.CoFinancingCollected;
        }

        return total;
    }

    private static int Stage(BeneficiaryStatus status) => status switch
    {
        BeneficiaryStatus.Active or BeneficiaryStatus.Struggling or BeneficiaryStatus.Closed => Array.IndexOf(Path, BeneficiaryStatus.Registered),
        BeneficiaryStatus.NotAwarded => Array.IndexOf(Path, BeneficiaryStatus.PlanSubmitted),
        _ => Array.IndexOf(Path, status),
    };
}
