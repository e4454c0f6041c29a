namespace Integra.Core.Indicators;

/// <summary>The dimensions donors disaggregate by; each is a key of <see cref="IndicatorResult.Breakdown"/>.</summary>
public static class IndicatorDimensions
{
    public const string Sex = "sex";
    public const string AgeBand = "age-band";
    public const string ReturnStatus = "return-status";
    public const string Municipality = "municipality";
    public const string Call = "call";
    public const string Disability = "disability";

    public static IReadOnlyList<string> All { get; } = [Sex, AgeBand, ReturnStatus, Municipality, Call, Disability];

    /// <summary>The value a person is counted under when the dimension is not known for them.</summary>
    public const string Unknown = "unknown";
}

/// <summary>
/// An indicator's actual value for a period: the number of distinct people, and per dimension the number of
/// distinct people under each value. Sex, age band, return status and disability are one value per person, so
/// they sum to <see cref="Actual"/>; a person counted through two municipalities or calls counts once under each,
/// so those may sum to more.
/// </summary>
public sealed record IndicatorResult(IndicatorDefinition Indicator, int Actual, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Breakdown)
{
    public int Count(string dimension, string value) =>
        Breakdown.TryGetValue(dimension, out var values) && values.TryGetValue(value, out var count) ? count : 0;
}
