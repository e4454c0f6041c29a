namespace Integra.StartUps.Data;

/// <summary>One move of a beneficiary through the workflow: their timeline, and what the indicators count from.</summary>
public sealed class BeneficiaryEvent
{
    public long Id { get; set; }

    public long BeneficiaryId { get; set; }

    public BeneficiaryStatus FromStatus { get; set; }

    public BeneficiaryStatus ToStatus { get; set; }

    public BeneficiaryTrigger Trigger { get; set; }

    /// <summary>Null for the system (the hand-over from the engine, jobs).</summary>
    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string? Reason { get; set; }

    public DateTime AtUtc { get; set; }
}
