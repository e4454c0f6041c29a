using Integra.Core.Features;
using Integra.Core.Modules;

namespace Integra.Core.Indicators;

/// <summary>
/// The results framework's actual values: asks the indicator providers of enabled features for their facts, asks
/// the people registry who each person is now, and counts each person once per indicator.
/// </summary>
public sealed class IndicatorService(FeatureState features, FeatureContributions contributions, IServiceProvider services)
{
    /// <summary>The indicators of enabled features, in the order their features were loaded.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators =>
        [.. contributions.Enabled<IIndicatorProvider>(features, services).SelectMany(p => p.Indicators)];

    public async Task<IReadOnlyList<IndicatorResult>> ComputeAsync(IndicatorPeriod period, CancellationToken cancellationToken)
    {
        var definitions = new List<IndicatorDefinition>();
        var facts = new List<IndicatorFact>();
        foreach (var provider in contributions.Enabled<IIndicatorProvider>(features, services))
        {
            definitions.AddRange(provider.Indicators);
            facts.AddRange((await provider.FactsAsync(period, cancellationToken)).Where(f => period.Contains(f.AtUtc)));
        }

        var people = contributions.Enabled<IIndicatorPeople>(features, services).FirstOrDefault() is { } registry && facts.Count > 0
            ? await registry.DescribeAsync([.. facts.Select(f => f.PersonId).Distinct()], cancellationToken)
            : new Dictionary<long, IndicatorPerson>();
        return IndicatorAggregation.Aggregate(definitions, facts, people);
    }

    public async Task<IndicatorResult?> ComputeAsync(string indicatorId, IndicatorPeriod period, CancellationToken cancellationToken) =>
        (await ComputeAsync(period, cancellationToken)).FirstOrDefault(r => r.Indicator.Id == indicatorId);
}
