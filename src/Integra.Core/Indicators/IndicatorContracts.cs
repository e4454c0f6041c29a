namespace Integra.Core.Indicators;

/// <summary>
/// An indicator of the results framework as a module declares it. <see cref="Name"/> is the English text and the
/// localization key; <see cref="Unit"/> says what one counts ("people", "businesses").
/// </summary>
public sealed record IndicatorDefinition(string Id, string Name, int Target, string Unit)
{
    /// <summary>The component the indicator reports on ("2" for business start-ups), for grouping on dashboards.</summary>
    public string? Component { get; init; }

    /// <summary>The value before the project started; most counts start at zero.</summary>
    public int Baseline { get; init; }
}

/// <summary>
/// One person counted toward an indicator: who (a person id from the people registry, merged or not), where
/// (municipality code) and through which call, and when they came to count (for periods and age at the time).
/// A provider reports every qualifying record; the kernel resolves merges and counts each person once.
/// </summary>
public sealed record IndicatorFact(string IndicatorId, long PersonId, DateTime AtUtc)
{
    public string? Municipality { get; init; }

    /// <summary>A readable call label, e.g. "C2-1" (component 2, call 1).</summary>
    public string? Call { get; init; }
}

/// <summary>Which facts to count: those that happened from <see cref="FromUtc"/> (inclusive) to <see cref="ToUtc"/> (exclusive).</summary>
public sealed record IndicatorPeriod(DateTime? FromUtc = null, DateTime? ToUtc = null)
{
    public static IndicatorPeriod All { get; } = new();

    public bool Contains(DateTime utc) => (FromUtc is not { } from || utc >= from) && (ToUtc is not { } to || utc < to);
}

/// <summary>
/// What a module contributes to the results framework (<c>feature.Contribute&lt;IIndicatorProvider, T&gt;()</c>):
/// its indicators and the people who count toward them. Only enabled features are asked.
/// </summary>
public interface IIndicatorProvider
{
    IReadOnlyList<IndicatorDefinition> Indicators { get; }

    Task<IReadOnlyList<IndicatorFact>> FactsAsync(IndicatorPeriod period, CancellationToken cancellationToken);
}

/// <summary>A person as the indicators disaggregate them: the person a record stands for now, after merges.</summary>
public sealed record IndicatorPerson(long PersonId)
{
    /// <summary>"F" or "M", or null when unknown.</summary>
    public string? Sex { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>"returnee" or "local-vulnerable", or null when unknown.</summary>
    public string? ReturnStatus { get; init; }

    /// <summary>Washington Group short set; null when the person was not asked or did not answer.</summary>
    public bool? Disability { get; init; }
}

/// <summary>
/// The people registry's answer to "who is this?", implemented by the module that keeps the registry. The kernel
/// uses it so that two records merged into one person count once and are disaggregated by the surviving record.
/// </summary>
public interface IIndicatorPeople
{
    /// <summary>For each id asked, the person it stands for now; ids the registry does not know are left out.</summary>
    Task<IReadOnlyDictionary<long, IndicatorPerson>> DescribeAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken);
}
