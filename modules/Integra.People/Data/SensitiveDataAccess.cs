namespace Integra.People.Data;

/// <summary>One reading of a person's sensitive fields by a member of staff: who, when, whose, which fields, where.</summary>
public sealed class SensitiveDataAccess
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public long PersonId { get; set; }

    /// <summary>Comma-separated <see cref="SensitiveFields"/>.</summary>
    public required string Fields { get; set; }

    /// <summary>The screen or export that showed them, e.g. "/admin/people/12".</summary>
    public required string Location { get; set; }

    public string? IpAddress { get; set; }
}

/// <summary>The fields whose reading is logged and which staff without the permission see masked.</summary>
public static class SensitiveFields
{
    public const string PersonalNumber = "personal-number";
    public const string ReturnStatus = "return-status";
    public const string Ethnicity = "ethnicity";
    public const string Disability = "disability";

    public static readonly IReadOnlyList<string> All = [PersonalNumber, ReturnStatus, Ethnicity, Disability];
}
