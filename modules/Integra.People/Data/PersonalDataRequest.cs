namespace Integra.People.Data;

/// <summary>A data subject's request to have their personal data erased (Law No. 06/L-082), and staff's decision.</summary>
public sealed class PersonalDataRequest
{
    public long Id { get; set; }

    /// <summary>The account that asked; an assisted applicant asks through staff, who record it for them.</summary>
    public string? UserId { get; set; }

    /// <summary>The person at the time of the request, if the account had one.</summary>
    public long? PersonId { get; set; }

    public required string Reason { get; set; }

    public PersonalDataRequestStatus Status { get; set; }

    public DateTime RequestedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedByUserName { get; set; }

    public string? DecisionReason { get; set; }
}

public enum PersonalDataRequestStatus
{
    Pending,
    Approved,
    Refused,
}
