namespace Integra.Core.Indicators;

/// <summary>Counts facts into results: each person once per indicator, disaggregated by who they are and where they came through.</summary>
public static class IndicatorAggregation
{
    /// <summary>Age bands by the person's age when they came to count; youth (18–35) splits where the programmes' age limits fall.</summary>
    public static string AgeBand(DateOnly? birthDate, DateTime atUtc)
    {
        if (birthDate is not { } born)
        {
            return IndicatorDimensions.Unknown;
        }

        var on = DateOnly.FromDateTime(atUtc);
        var age = on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
        return age switch
        {
            < 18 => "under-18",
            <= 24 => "18-24",
            <= 35 => "25-35",
            <= 65 => "36-65",
            _ => "over-65",
        };
    }

    /// <param name="people">The registry's description of each person id in the facts; an id missing from it counts as itself, with unknown attributes.</param>
    public static IReadOnlyList<IndicatorResult> Aggregate(
        IEnumerable<IndicatorDefinition> indicators,
        IEnumerable<IndicatorFact> facts,
        IReadOnlyDictionary<long, IndicatorPerson> people)
    {
        var byIndicator = facts.ToLookup(f => f.IndicatorId, StringComparer.Ordinal);
        return [.. indicators.Select(indicator => Aggregate(indicator, byIndicator[indicator.Id], people))];
    }

    private static IndicatorResult Aggregate(IndicatorDefinition indicator, IEnumerable<IndicatorFact> facts, IReadOnlyDictionary<long, IndicatorPerson> people)
    {
        var counted = facts
            .Select(f => (Fact: f, Person: people.GetValueOrDefault(f.PersonId) ?? new IndicatorPerson(f.PersonId)))
            .OrderBy(x => x.Fact.AtUtc)
            .ToList();

        // A person's own attributes are read once, at the first time they counted.
        var first = counted.GroupBy(x => x.Person.PersonId).Select(g => g.First()).ToList();
        var breakdown = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal)
        {
            [IndicatorDimensions.Sex] = CountPeople(first, x => x.Person.Sex),
            [IndicatorDimensions.AgeBand] = CountPeople(first, x => AgeBand(x.Person.BirthDate, x.Fact.AtUtc)),
            [IndicatorDimensions.ReturnStatus] = CountPeople(first, x => x.Person.ReturnStatus),
            [IndicatorDimensions.Disability] = CountPeople(first, x => x.Person.Disability switch { true => "yes", false => "no", null => null }),
            [IndicatorDimensions.Municipality] = CountPeople(counted, x => x.Fact.Municipality),
            [IndicatorDimensions.Call] = CountPeople(counted, x => x.Fact.Call),
        };
        return new IndicatorResult(indicator, first.Count, breakdown);
    }

    private static IReadOnlyDictionary<string, int> CountPeople(IEnumerable<(IndicatorFact Fact, IndicatorPerson Person)> rows, Func<(IndicatorFact Fact, IndicatorPerson Person), string?> value) =>
        rows.GroupBy(x => value(x) is { Length: > 0 } v ? v : IndicatorDimensions.Unknown, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Person.PersonId).Distinct().Count(), StringComparer.Ordinal);
}
