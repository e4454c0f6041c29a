namespace Integra.People.Data;

/// <summary>
/// Two records that may be one person, for staff to merge or dismiss. One flag per pair, whatever the order the
/// records were found in: <see cref="PersonId"/> is always the lower id.
/// </summary>
public sealed class DuplicateFlag
{
    public long Id { get; set; }

    public long PersonId { get; set; }

    public long OtherPersonId { get; set; }

    /// <summary><see cref="DuplicateReasons"/>.</summary>
    public required string Reason { get; set; }

    public DuplicateStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ResolvedUtc { get; set; }

    public string? ResolvedByUserName { get; set; }
}

public enum DuplicateStatus
{
    Open,
    Dismissed,
    Merged,
}

public static class DuplicateReasons
{
    public const string PersonalNumber = "personal-number";
    public const string NameBirthDateMunicipality = "name-birth-date-municipality";
}
