namespace Integra.People.Data;

/// <summary>
/// One person the project serves, whichever call or component they came through. Personal and sensitive
/// fields are nullable: an anonymised person keeps only what statistics need (sex, birth year, municipality).
/// </summary>
public sealed class Person
{
    public long Id { get; set; }

    /// <summary>The 10-digit number on the Kosovo ID card, when the person has one.</summary>
    public string? PersonalNumber { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>First and last name as <c>PersonNames.SearchText</c> folds them, so a search finds "Arbër" by "arber" on every database.</summary>
    public string? SearchName { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary><see cref="Sexes"/>.</summary>
    public string? Sex { get; set; }

    /// <summary>Municipality code (e.g. "malisheva"), as the website's Municipality items name it.</summary>
    public string? Municipality { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The person's own account, if they registered; assisted applicants may have none.</summary>
    public string? UserId { get; set; }

    /// <summary>Sensitive: <see cref="ReturnStatuses"/>.</summary>
    public string? ReturnStatus { get; set; }

    /// <summary>Sensitive.</summary>
    public string? Ethnicity { get; set; }

    /// <summary>Sensitive: the Washington Group short set counts "a lot of difficulty" or worse in any domain.</summary>
    public bool? Disability { get; set; }

    /// <summary>Set when staff merged this record into another; the other one is the person.</summary>
    public long? MergedIntoId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Set when the personal data was removed after retention or an approved erasure.</summary>
    public DateTime? AnonymisedUtc { get; set; }
}

public static class Sexes
{
    public const string Female = "F";
    public const string Male = "M";
}

public static class ReturnStatuses
{
    public const string Returnee = "returnee";
    public const string LocalVulnerable = "local-vulnerable";
}
