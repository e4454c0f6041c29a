namespace Integra.StartUps.Data;

/// <summary>Where buying an awarded business's equipment stands. Stored by name.</summary>
public enum ProcurementStatus
{
    NotStarted,
    QuotesRequested,
    Ordered,
    Received,
}

/// <summary>
/// One awarded business's grant: the co-financing (the beneficiary's and the municipality's shares), where the
/// purchase stands, and the hand-over once the equipment is delivered. One per beneficiary, created on first use.
/// </summary>
public sealed class Grant
{
    public long BeneficiaryId { get; set; }

    public bool BeneficiaryPaid { get; set; }

    public DateOnly? BeneficiaryPaidOn { get; set; }

    /// <summary>EUR the beneficiary paid; the call's share unless staff record otherwise.</summary>
    public decimal BeneficiaryAmount { get; set; }

    public bool MunicipalCommitted { get; set; }

    public bool MunicipalPaid { get; set; }

    public DateOnly? MunicipalPaidOn { get; set; }

    public decimal MunicipalAmount { get; set; }

    public ProcurementStatus Procurement { get; set; }

    /// <summary>The day the equipment was handed over, with the signed protocol; null until delivered.</summary>
    public DateOnly? DeliveredOn { get; set; }

    public string? HandoverNotes { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public Guid Revision { get; set; }
}

/// <summary>One line of an awarded business's equipment list; once delivered, an entry in the asset register.</summary>
public sealed class EquipmentItem
{
    public long Id { get; set; }

    public long BeneficiaryId { get; set; }

    public required string Item { get; set; }

    public string? Supplier { get; set; }

    public int Quantity { get; set; }

    /// <summary>EUR per piece.</summary>
    public decimal UnitCost { get; set; }

    public DateTime CreatedUtc { get; set; }

    public decimal Total => Quantity * UnitCost;
}

/// <summary>What a stored file documents.</summary>
public enum GrantFileKind
{
    HandoverProtocol,
    HandoverPhoto,
    VisitPhoto,
}

/// <summary>
/// A scan or photo of a hand-over or a monitoring visit. The bytes live under the app data folder, never under the
/// web root, and are served only through the component's staff pages.
/// </summary>
public sealed class GrantFile
{
    public long Id { get; set; }

    public long BeneficiaryId { get; set; }

    /// <summary>The monitoring visit a visit photo belongs to.</summary>
    public long? VisitId { get; set; }

    public GrantFileKind Kind { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string StoredName { get; set; }

    public string? UploadedBy { get; set; }

    public DateTime UploadedUtc { get; set; }
}

/// <summary>The business as registered: recorded before the beneficiary moves to registered.</summary>
public sealed class BusinessRegistration
{
    public long BeneficiaryId { get; set; }

    public required string Number { get; set; }

    public DateOnly RegisteredOn { get; set; }

    /// <summary>A code of <see cref="Services.Sectors"/>.</summary>
    public required string Sector { get; set; }

    public int JobsCreated { get; set; }

    public DateTime RecordedUtc { get; set; }

    public string? RecordedBy { get; set; }
}

/// <summary>Component 2's money and sizes limits for grants, beside <see cref="StartUpsLimits"/>.</summary>
public static class GrantLimits
{
    public const int Item = 200;
    public const int Number = 64;
    public const int Notes = StartUpsLimits.Reason;
    public const int RevenueBand = 40;
    public const int MaxQuantity = 1000;
    public const decimal MaxUnitCost = 100_000m;
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxPhotos = 10;
}
