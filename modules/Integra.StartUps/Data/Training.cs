namespace Integra.StartUps.Data;

/// <summary>A training group: the beneficiaries of one call and municipality trained together.</summary>
public sealed class Cohort
{
    public long Id { get; set; }

    public long CallSetupId { get; set; }

    public required string Municipality { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public sealed class CohortMember
{
    public long Id { get; set; }

    public long CohortId { get; set; }

    /// <summary>A beneficiary is in one cohort at a time.</summary>
    public long BeneficiaryId { get; set; }
}

/// <summary>One training session of a cohort.</summary>
public sealed class TrainingSession
{
    public long Id { get; set; }

    public long CohortId { get; set; }

    public DateTime StartsUtc { get; set; }

    public required string Topic { get; set; }

    public required string Trainer { get; set; }

    public string? Location { get; set; }
}

/// <summary>Whether a member attended a session; a member with no row for a past session was absent.</summary>
public sealed class Attendance
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public long BeneficiaryId { get; set; }

    public bool Present { get; set; }

    public DateTime RecordedUtc { get; set; }

    public string? RecordedBy { get; set; }
}
