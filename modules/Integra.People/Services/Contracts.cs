namespace Integra.People.Services;

/// <summary>
/// Whose data a handler is asked about: the person (with the records merged into them) and their account. An
/// account's records may not know the person yet (an application's draft before its first submission).
/// </summary>
public sealed record PersonalDataSubject(IReadOnlyList<long> PersonIds, string? UserId);

/// <summary>One thing a person did in one component, as the person page lists it (texts already localized).</summary>
public sealed record PersonHistoryEntry(string Source, string Title, string Status, DateTime StartedUtc)
{
    public string? Reference { get; init; }

    public DateTime? SubmittedUtc { get; init; }

    public DateTime? DecidedUtc { get; init; }

    /// <summary>A staff page with the details, if the feature has one.</summary>
    public string? Url { get; init; }
}

/// <summary>
/// What a feature knows about a person, for their page: contributed by enabled features
/// (<c>feature.Contribute&lt;IPersonHistoryProvider, T&gt;()</c>), so the page shows every component the person took part in.
/// </summary>
public interface IPersonHistoryProvider
{
    Task<IReadOnlyList<PersonHistoryEntry>> GetHistoryAsync(PersonalDataSubject subject, CancellationToken cancellationToken);
}

/// <summary>
/// Re-points a feature's references from a merged record to the person it was merged into, so the person's
/// history and counts follow. Must be idempotent: a merge interrupted halfway is run again.
/// </summary>
public interface IPersonMergeHandler
{
    Task MergeAsync(long fromPersonId, long intoPersonId, CancellationToken cancellationToken);
}

/// <summary>
/// A feature's part in the data subject's rights and in retention: what it holds about a person goes into their
/// download, and is anonymised on an approved erasure or when its retention period has passed, leaving what the
/// statistics need.
/// </summary>
public interface IPersonalDataHandler
{
    /// <summary>Adds what the feature holds about the subject to their archive (JSON documents and files).</summary>
    Task ExportAsync(PersonalDataSubject subject, PersonalDataArchive archive, CancellationToken cancellationToken);

    /// <summary>Removes the subject's identifying and sensitive data from the feature's records; keeps statistics.</summary>
    Task AnonymiseAsync(PersonalDataSubject subject, CancellationToken cancellationToken);

    /// <summary>
    /// Anonymises the feature's records whose retention period has passed at <paramref name="utcNow"/>, and
    /// returns the people that records past retention belong to (those of earlier runs too, so an interrupted run
    /// is finished by the next one).
    /// </summary>
    Task<IReadOnlyCollection<long>> ApplyRetentionAsync(DateTime utcNow, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="personIds"/>, those the feature still holds records of within their retention period.</summary>
    Task<IReadOnlySet<long>> RetainedAsync(IReadOnlyCollection<long> personIds, DateTime utcNow, CancellationToken cancellationToken);
}

/// <summary>
/// Reading sensitive fields is logged. A module that shows a person's personal number, returnee status,
/// ethnicity or disability asks first: when the user may see them the reading is recorded and the answer is
/// true; otherwise nothing is recorded and the module shows <see cref="Masked"/> instead.
/// </summary>
public interface ISensitiveDataLog
{
    public const string Masked = "••••••";

    /// <summary>Whether the signed-in user may see sensitive fields at all (nothing is recorded).</summary>
    Task<bool> MaySeeAsync(CancellationToken cancellationToken = default);

    /// <summary>Records that the signed-in user is shown <paramref name="fields"/> (<c>SensitiveFields</c>) of these people at <paramref name="location"/>.</summary>
    Task<bool> RevealAsync(IReadOnlyCollection<long> personIds, IReadOnlyCollection<string> fields, string location, CancellationToken cancellationToken = default);
}
