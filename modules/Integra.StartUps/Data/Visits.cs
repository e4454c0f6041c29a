namespace Integra.StartUps.Data;

/// <summary>
/// A monitoring visit to a registered business: scheduled at 3, 6 and 12 months after registration, then filled in
/// with what the visit found. Recording it sets the business's status (active, struggling or closed).
/// </summary>
public sealed class MonitoringVisit
{
    public long Id { get; set; }

    public long BeneficiaryId { get; set; }

    /// <summary>Months after registration the visit is due at: 3, 6 or 12.</summary>
    public int Month { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The day of the visit; null while it is still to be made.</summary>
    public DateOnly? VisitedOn { get; set; }

    public bool? Operating { get; set; }

    /// <summary>A code of <see cref="Services.RevenueBands"/>.</summary>
    public string? RevenueBand { get; set; }

    public int? Jobs { get; set; }

    public bool? EquipmentInUse { get; set; }

    public string? Notes { get; set; }

    /// <summary>The status the visit found: Active, Struggling or Closed.</summary>
    public BeneficiaryStatus? Outcome { get; set; }

    public string? RecordedBy { get; set; }

    public DateTime? RecordedUtc { get; set; }

    /// <summary>Changes with every save, so a correction made on a form opened before another's save is refused.</summary>
    public Guid Revision { get; set; }
}

/// <summary>A component 1 official who joined a visit: a user with the municipal official role, or a name typed in.</summary>
public sealed class VisitOfficial
{
    public long Id { get; set; }

    public long VisitId { get; set; }

    public string? UserId { get; set; }

    public required string Name { get; set; }
}
