namespace Integra.Applications.Data;

/// <summary>
/// The engine's side of a call: everything staff set up beyond the call's public page. Keyed by the call's
/// translation set, so the call's pages in every language lead to one call. Rule-like settings are JSON
/// documents whose shape the services own (<see cref="EligibilityRules"/>, the form in <see cref="FormVersion"/>).
/// </summary>
public sealed class CallSetup
{
    public long Id { get; set; }

    /// <summary>The Call content item's translation set id.</summary>
    public required string CallId { get; set; }

    /// <summary>"2" to "5", from the call's content item.</summary>
    public required string Component { get; set; }

    public int CallNumber { get; set; }

    /// <summary>Code of the component module's call type that extends this call in code, if any.</summary>
    public string? CallType { get; set; }

    /// <summary><see cref="EligibilityRules"/> as JSON.</summary>
    public string EligibilityJson { get; set; } = "{}";

    /// <summary>Places per municipality code, as JSON (<c>{"malisheva": 5}</c>); municipalities absent have no cap.</summary>
    public string PlacesJson { get; set; } = "{}";

    /// <summary>Consent text per culture, as JSON; changing it raises <see cref="ConsentVersion"/>.</summary>
    public string ConsentJson { get; set; } = "{}";

    public int ConsentVersion { get; set; } = 1;

    /// <summary>Days after the decision letters during which an applicant may appeal.</summary>
    public int AppealDays { get; set; } = 8;

    /// <summary>Days after the call closes before personal data is anonymised.</summary>
    public int RetentionDays { get; set; } = 1825;

    /// <summary>Next number for reference numbers, e.g. C2-1-0007.</summary>
    public int NextSequence { get; set; } = 1;

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public Guid Revision { get; set; }
}
