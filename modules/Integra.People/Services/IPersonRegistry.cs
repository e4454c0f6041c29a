using Integra.People.Data;

namespace Integra.People.Services;

/// <summary>What an application or a staff member knows about a person, to find or register them.</summary>
public sealed record PersonDetails(string? FirstName, string? LastName, DateOnly? BirthDate, string? Sex, string? Municipality)
{
    public string? PersonalNumber { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? UserId { get; init; }
    public string? ReturnStatus { get; init; }
    public string? Ethnicity { get; init; }
    public bool? Disability { get; init; }
}

/// <summary>
/// The one registry of people. Modules record the people they serve here and keep only the person's id, so a
/// beneficiary of two components is one person and counts once.
/// </summary>
public interface IPersonRegistry
{
    Task<Person?> GetAsync(long personId, CancellationToken cancellationToken = default);

    /// <summary>The person behind a merged record: follows <see cref="Person.MergedIntoId"/>.</summary>
    Task<Person?> ResolveAsync(long personId, CancellationToken cancellationToken = default);

    /// <summary>The person linked to the account, if any.</summary>
    Task<Person?> FindByUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person with the same personal number (or, for the same account, the account's person), updated with
    /// the newer details; otherwise a new person. Never merges on weaker evidence: those become possible duplicates
    /// for staff to review.
    /// </summary>
    Task<Person> RecordAsync(PersonDetails details, CancellationToken cancellationToken = default);

    /// <summary>
    /// The people, each once: records merged into another are left out. Indicators count from here (anonymised
    /// people still count: they keep sex, birth year, municipality and return status).
    /// </summary>
    IQueryable<Person> ActivePeople { get; }

    /// <summary>For each id, the id of the person it stands for now (itself, or the record it was merged into).</summary>
    Task<IReadOnlyDictionary<long, long>> ResolveIdsAsync(IEnumerable<long> personIds, CancellationToken cancellationToken = default);

    /// <summary>How many people the ids stand for: two records merged into one count once.</summary>
    Task<int> CountPeopleAsync(IEnumerable<long> personIds, CancellationToken cancellationToken = default);
}
