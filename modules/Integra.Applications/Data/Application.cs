namespace Integra.Applications.Data;

/// <summary>
/// One applicant's application to one call. <see cref="AnswersJson"/> is the working copy (the draft, saved as
/// the applicant goes); every submission is also kept as an <see cref="ApplicationSubmission"/>, and the last one
/// counts. <see cref="Status"/> only ever changes through <c>IApplicationWorkflow</c>.
/// </summary>
public sealed class Application
{
    public long Id { get; set; }

    public long CallSetupId { get; set; }

    /// <summary>Readable and unique, e.g. "C2-1-0007" (component 2, call 1, seventh); given on first submission.</summary>
    public string? Reference { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>The account that owns the application; for an assisted application without e-mail, null.</summary>
    public string? ApplicantUserId { get; set; }

    /// <summary>The person in the registry, known from the first submission on.</summary>
    public long? PersonId { get; set; }

    /// <summary>Municipality code of the applicant's residence, copied for lists, places and eligibility.</summary>
    public string? Municipality { get; set; }

    /// <summary>The culture the applicant uses: messages and letters go out in it.</summary>
    public required string Culture { get; set; }

    /// <summary>The form version the answers follow.</summary>
    public long FormVersionId { get; set; }

    public string AnswersJson { get; set; } = "{}";

    /// <summary>Entered by staff for a person who applied on paper or in person.</summary>
    public bool Assisted { get; set; }

    public string? AssistedByUserId { get; set; }

    /// <summary>Final score once the review is complete (the committee's, or the combined evaluators' score).</summary>
    public decimal? FinalScore { get; set; }

    /// <summary>Reason of the latest decision (screening, selection, appeal), shown to the applicant.</summary>
    public string? DecisionReason { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>Set when the applicant's identifying and sensitive answers were removed (erasure or retention); scores and status stay.</summary>
    public DateTime? AnonymisedUtc { get; set; }

    /// <summary>Changes on every write; a write based on an older revision is refused, never lost silently.</summary>
    public Guid Revision { get; set; }
}
