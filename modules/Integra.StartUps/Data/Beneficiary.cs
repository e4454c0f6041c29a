namespace Integra.StartUps.Data;

/// <summary>
/// One person on component 2's path from selected applicant to monitored business: created when the engine hands
/// over an application selected in a component 2 call, one per application. <see cref="Status"/> only ever changes
/// through <see cref="Workflow.BeneficiaryTransitions"/>.
/// </summary>
public sealed class Beneficiary
{
    public long Id { get; set; }

    /// <summary>The engine's application the person was selected through (unique).</summary>
    public long ApplicationId { get; set; }

    /// <summary>The application's reference, e.g. "C2-1-0007", copied for lists.</summary>
    public string? Reference { get; set; }

    /// <summary>The person in the people registry; re-pointed when staff merge duplicates.</summary>
    public long PersonId { get; set; }

    /// <summary>The engine's call setup (<c>app_calls</c>) of the call the person applied to.</summary>
    public long CallSetupId { get; set; }

    /// <summary>1 or 2: which of the component's calls, for lists and indicators.</summary>
    public int CallNumber { get; set; }

    /// <summary>Municipality code (e.g. "malisheva"): places, cohorts and indicators go by it.</summary>
    public required string Municipality { get; set; }

    /// <summary>The culture the person uses: e-mails and certificates go out in it.</summary>
    public required string Culture { get; set; }

    public BeneficiaryStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Changes on every write; a write based on an older revision is refused, never lost silently.</summary>
    public Guid Revision { get; set; }
}
