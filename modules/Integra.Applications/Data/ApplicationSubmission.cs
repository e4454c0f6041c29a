namespace Integra.Applications.Data;

/// <summary>One submitted version of an application: what the applicant sent at that instant, kept forever.</summary>
public sealed class ApplicationSubmission
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    /// <summary>1 for the first submission, then 2, 3… The highest counts.</summary>
    public int Version { get; set; }

    public string AnswersJson { get; set; } = "{}";

    /// <summary>The client's idempotency key: a retried or double-clicked submit finds this row instead of adding one.</summary>
    public required string SubmissionKey { get; set; }

    public DateTime SubmittedUtc { get; set; }
}
