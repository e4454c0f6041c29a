using System.ComponentModel.DataAnnotations;
using Integra.People.Data;
using Integra.People.Services;

namespace Integra.People.ViewModels;

public sealed record PersonRow(long Id, string? FirstName, string? LastName, DateOnly? BirthDate, string? Sex, string? Municipality, bool Anonymised, bool HasOpenFlag);

public sealed record PersonListViewModel(
    string? Query,
    string? Municipality,
    string? Sex,
    string? ReturnStatus,
    bool MaySeeSensitive,
    IReadOnlyDictionary<string, string> Municipalities,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyList<PersonRow> People);

/// <summary>A sensitive value as the viewer may see it: the value, or masked.</summary>
public sealed record SensitiveValue(string? Value, bool Masked);

public sealed record PersonViewModel(
    Person Person,
    string? MunicipalityName,
    SensitiveValue PersonalNumber,
    SensitiveValue ReturnStatus,
    SensitiveValue Ethnicity,
    SensitiveValue Disability,
    Person? MergedInto,
    IReadOnlyList<long> MergedRecords,
    IReadOnlyList<DuplicateFlag> OpenFlags,
    IReadOnlyList<PersonHistoryEntry> History)
{
    /// <summary>Whether the viewer may act on the person's data subject rights on their behalf.</summary>
    public bool MayHandleRequests { get; init; }

    /// <summary>Whether the viewer may correct the record.</summary>
    public bool MayRectify { get; init; }
}

public sealed record DuplicatePair(DuplicateFlag Flag, Person? First, Person? Second);

public sealed record DuplicateListViewModel(DuplicateStatus Status, IReadOnlyList<DuplicatePair> Pairs, IReadOnlyDictionary<string, string> Municipalities, int Page, int PageCount, int Total);

public sealed record DuplicateViewModel(DuplicatePair Pair, IReadOnlyDictionary<string, string> Municipalities, bool MaySeeSensitive);

public sealed record AccessLogViewModel(long? PersonId, IReadOnlyList<SensitiveDataAccess> Entries, int Page, int PageCount, int Total);

public sealed record DataRequestListViewModel(PersonalDataRequestStatus Status, IReadOnlyList<PersonalDataRequest> Requests, int Page, int PageCount, int Total);

public sealed class DataRequestViewModel
{
    public PersonalDataRequest? Request { get; set; }

    public Person? Person { get; set; }

    public string? AccountEmail { get; set; }

    [Required(ErrorMessage = "Give the reason for the decision.")]
    [StringLength(PersonLimits.Reason, ErrorMessage = "The reason is too long.")]
    public string DecisionReason { get; set; } = string.Empty;
}

public sealed class MyDataViewModel
{
    public Person? Person { get; set; }

    public PersonalDataRequest? PendingRequest { get; set; }

    public IReadOnlyList<PersonalDataRequest> DecidedRequests { get; set; } = [];

    [Required(ErrorMessage = "Tell us why you want your data erased.")]
    [StringLength(PersonLimits.Reason, ErrorMessage = "The reason is too long.")]
    public string Reason { get; set; } = string.Empty;
}

/// <summary>A correction of a person's record; sensitive fields are only posted by staff who may see them.</summary>
public sealed class PersonCorrectionViewModel
{
    public long Id { get; set; }

    [Required(ErrorMessage = "Enter the first name.")]
    [StringLength(PersonLimits.Name, ErrorMessage = "The name is too long.")]
    public string FirstName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the last name.")]
    [StringLength(PersonLimits.Name, ErrorMessage = "The name is too long.")]
    public string LastName { get; set; } = string.Empty;

    public DateOnly? BirthDate { get; set; }

    public string? Sex { get; set; }

    public string? Municipality { get; set; }

    [StringLength(PersonLimits.Phone, ErrorMessage = "Enter a phone number such as 044 123 456 or +383 44 123 456.")]
    [RegularExpression(@"^\+?[0-9 ()/-]{6,20}$", ErrorMessage = "Enter a phone number such as 044 123 456 or +383 44 123 456.")]
    public string? Phone { get; set; }

    [StringLength(PersonLimits.Email, ErrorMessage = "The e-mail address is too long.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.com.")]
    public string? Email { get; set; }

    [RegularExpression(@"^\d{10}$", ErrorMessage = "The personal number has 10 digits, as on the ID card.")]
    public string? PersonalNumber { get; set; }

    public string? ReturnStatus { get; set; }

    [Required(ErrorMessage = "Give the reason for the correction.")]
    [StringLength(PersonLimits.Reason, ErrorMessage = "The reason is too long.")]
    public string Reason { get; set; } = string.Empty;

    public bool MaySeeSensitive { get; set; }

    public IReadOnlyDictionary<string, string> Municipalities { get; set; } = new Dictionary<string, string>();
}
