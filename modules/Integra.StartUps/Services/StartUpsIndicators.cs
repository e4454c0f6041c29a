using Integra.Core.Indicators;
using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>
/// Component 2's results: people trained (those whose training was recorded complete) and businesses established
/// (those registered, whatever monitoring found since). Targets are the project's: 120 trained, 100 businesses.
/// </summary>
public sealed class StartUpsIndicators(StartUpsDbContext db) : IIndicatorProvider
{
    public const string PeopleTrained = "c2.people-trained";
    public const string BusinessesEstablished = "c2.businesses-established";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(PeopleTrained, "People trained in business planning and management", 120, "people") { Component = StartUpsModule.Component },
        new(BusinessesEstablished, "New businesses established", 100, "businesses") { Component = StartUpsModule.Component },
    ];

    public async Task<IReadOnlyList<IndicatorFact>> FactsAsync(IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var moves = db.BeneficiaryEvents.AsNoTracking()
            .Where(e => e.Trigger == BeneficiaryTrigger.CompleteTraining || e.Trigger == BeneficiaryTrigger.Register);
        if (period.FromUtc is { } from)
        {
            moves = moves.Where(e => e.AtUtc >= from);
        }

        if (period.ToUtc is { } to)
        {
            moves = moves.Where(e => e.AtUtc < to);
        }

        var rows = await moves
            .Join(db.Beneficiaries.AsNoTracking(), e => e.BeneficiaryId, b => b.Id, (e, b) => new { e.Trigger, e.AtUtc, b.PersonId, b.Municipality, b.CallNumber })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new IndicatorFact(r.Trigger == BeneficiaryTrigger.CompleteTraining ? PeopleTrained : BusinessesEstablished, r.PersonId, r.AtUtc)
        {
            Municipality = r.Municipality,
            Call = StartUpCallTypes.Label(r.CallNumber),
        })];
    }
}
