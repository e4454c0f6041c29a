namespace Integra.Applications.Data;

/// <summary>One move of an application through its workflow: the applicant's timeline and the review's record.</summary>
public sealed class ApplicationEvent
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public ApplicationStatus FromStatus { get; set; }

    public ApplicationStatus ToStatus { get; set; }

    public ApplicationTrigger Trigger { get; set; }

    /// <summary>Null for the system (jobs).</summary>
    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string? Reason { get; set; }

    public DateTime AtUtc { get; set; }
}
