namespace Integra.Applications.Data;

/// <summary>Who may apply to a call. Every limit is optional; an empty set of rules lets everyone apply.</summary>
public sealed record EligibilityRules
{
    /// <summary>Age ranges by sex ("F", "M"), in whole years on the day the call closes, e.g. women 18–65, men 18–35.</summary>
    public Dictionary<string, AgeRange> AgeBySex { get; init; } = [];

    /// <summary>Municipality codes whose residents may apply; empty means any.</summary>
    public List<string> Municipalities { get; init; } = [];

    /// <summary>Return statuses that may apply ("returnee", "local-vulnerable"); empty means any.</summary>
    public List<string> ReturnStatuses { get; init; } = [];
}

public sealed record AgeRange(int Min, int Max);
