using System.IO.Compression;
using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.People.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Services;

/// <summary>
/// The data subject's rights (Law No. 06/L-082): download everything held about them, ask for erasure, and
/// staff's decision on it. Anonymising keeps what the statistics need; see the module's README for what stays.
/// </summary>
public sealed class PersonalDataService(
    PeopleDbContext db,
    IPersonRegistry registry,
    FeatureContributions contributions,
    FeatureState state,
    IServiceProvider services,
    AuditLog audit,
    UserManager<IntegraUser> users,
    TimeProvider clock)
{
    private const string AuditModule = "People";

    private IEnumerable<IPersonalDataHandler> Handlers => contributions.Enabled<IPersonalDataHandler>(state, services);

    /// <summary>The account's person (with the records merged into it) and the account itself.</summary>
    public async Task<PersonalDataSubject> SubjectOfUserAsync(string userId, CancellationToken cancellationToken)
    {
        var person = await registry.FindByUserAsync(userId, cancellationToken);
        return person is null ? new PersonalDataSubject([], userId) : new PersonalDataSubject(await WithMergedAsync(person.Id, cancellationToken), userId);
    }

    public async Task<PersonalDataSubject> SubjectOfPersonAsync(Person person, CancellationToken cancellationToken) =>
        new(await WithMergedAsync(person.Id, cancellationToken), person.UserId);

    /// <summary>Writes the subject's data as a ZIP: the person record(s) as JSON, then what every enabled feature holds.</summary>
    public async Task WriteArchiveAsync(PersonalDataSubject subject, Stream output, CancellationToken cancellationToken)
    {
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var archive = new PersonalDataArchive(zip);
            var people = await db.People.AsNoTracking().Where(p => subject.PersonIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            await archive.AddJsonAsync("person.json", new
            {
                exportedUtc = clock.GetUtcNow().UtcDateTime,
                people = people.Select(p => new
                {
                    p.Id,
                    p.FirstName,
                    p.LastName,
                    p.BirthDate,
                    p.Sex,
                    p.Municipality,
                    p.PersonalNumber,
                    p.Phone,
                    p.Email,
                    p.ReturnStatus,
                    p.Ethnicity,
                    p.Disability,
                    p.MergedIntoId,
                    p.CreatedUtc,
                    p.UpdatedUtc,
                    p.AnonymisedUtc,
                }),
                requests = await db.PersonalDataRequests.AsNoTracking()
                    .Where(r => (subject.UserId != null && r.UserId == subject.UserId) || (r.PersonId != null && subject.PersonIds.Contains(r.PersonId.Value)))
                    .OrderBy(r => r.Id)
                    .Select(r => new { r.Reason, r.Status, r.RequestedUtc, r.DecidedUtc, r.DecisionReason }).ToListAsync(cancellationToken),
            }, cancellationToken);
            foreach (var handler in Handlers)
            {
                await handler.ExportAsync(subject, archive, cancellationToken);
            }
        }

        await audit.WriteAsync(AuditModule, "Personal data downloaded", subject.PersonIds.Count > 0 ? $"person {subject.PersonIds[0]}" : null, cancellationToken: cancellationToken);
    }

    /// <summary>The account's pending request, or a new one; one pending request at a time.</summary>
    public async Task<PersonalDataRequest> RequestErasureAsync(string userId, string reason, CancellationToken cancellationToken) =>
        await RequestErasureAsync(userId, await registry.FindByUserAsync(userId, cancellationToken), reason, cancellationToken);

    /// <summary>A request staff record for a person who asked in person or on paper (assisted applicants may have no account).</summary>
    public Task<PersonalDataRequest> RequestErasureForPersonAsync(Person person, string reason, CancellationToken cancellationToken) =>
        RequestErasureAsync(person.UserId, person, reason, cancellationToken);

    private async Task<PersonalDataRequest> RequestErasureAsync(string? userId, Person? person, string reason, CancellationToken cancellationToken)
    {
        var personId = person?.Id;
        var pending = await db.PersonalDataRequests.FirstOrDefaultAsync(
            r => r.Status == PersonalDataRequestStatus.Pending && ((userId != null && r.UserId == userId) || (personId != null && r.PersonId == personId)),
            cancellationToken);
        if (pending is not null)
        {
            return pending;
        }

        var request = new PersonalDataRequest
        {
            UserId = userId,
            PersonId = personId,
            Reason = reason,
            Status = PersonalDataRequestStatus.Pending,
            RequestedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PersonalDataRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditModule, "Erasure requested", $"request {request.Id}", person is null ? null : $"Person {person.Id}.", cancellationToken);
        return request;
    }

    /// <summary>Approves (and anonymises) or refuses a pending request; false if it is not pending.</summary>
    public async Task<bool> DecideAsync(long requestId, bool approve, string reason, string? userName, CancellationToken cancellationToken)
    {
        var request = await db.PersonalDataRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.Status == PersonalDataRequestStatus.Pending, cancellationToken);
        if (request is null)
        {
            return false;
        }

        PersonalDataSubject? subject = null;
        if (approve)
        {
            var person = request.PersonId is { } id ? await registry.ResolveAsync(id, cancellationToken) : null;
            subject = person is null
                ? new PersonalDataSubject([], request.UserId)
                : new PersonalDataSubject(await WithMergedAsync(person.Id, cancellationToken), request.UserId ?? person.UserId);
            await AnonymiseAsync(subject, cancellationToken);
        }

        request.Status = approve ? PersonalDataRequestStatus.Approved : PersonalDataRequestStatus.Refused;
        request.DecidedUtc = clock.GetUtcNow().UtcDateTime;
        request.DecidedByUserName = userName;
        request.DecisionReason = reason;
        await db.SaveChangesAsync(cancellationToken);
        await DeleteAccountAsync(subject?.UserId);
        await audit.WriteAsync(AuditModule, approve ? "Erasure approved" : "Erasure refused", $"request {request.Id}", reason, cancellationToken);
        return true;
    }

    /// <summary>
    /// Erasure takes the account too: its e-mail address and name would otherwise identify the person again, and
    /// signing in would lead to a record that no longer says who they are. Retention does not, since the person
    /// may still apply to other calls.
    /// </summary>
    private async Task DeleteAccountAsync(string? userId)
    {
        if (userId is null || await users.FindByIdAsync(userId) is not { } account)
        {
            return;
        }

        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"The account {userId} could not be deleted: {string.Join("; ", deleted.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>Anonymises the subject everywhere: every feature's records, then the person records.</summary>
    public async Task AnonymiseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler.AnonymiseAsync(subject, cancellationToken);
        }

        await AnonymisePeopleAsync(subject.PersonIds, cancellationToken);
    }

    /// <summary>
    /// Clears what identifies the people and their sensitive answers; keeps sex, birth year (as 1 January),
    /// municipality and return status, which the indicators are disaggregated by.
    /// </summary>
    public async Task AnonymisePeopleAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in await db.People.Where(p => personIds.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            person.FirstName = null;
            person.LastName = null;
            person.SearchName = null;
            person.PersonalNumber = null;
            person.Phone = null;
            person.Email = null;
            person.UserId = null;
            person.Ethnicity = null;
            person.Disability = null;
            person.BirthDate = person.BirthDate is { } birth ? new DateOnly(birth.Year, 1, 1) : null;
            person.AnonymisedUtc = now;
            person.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The person and every record merged into them, directly or through another.</summary>
    public async Task<IReadOnlyList<long>> WithMergedAsync(long personId, CancellationToken cancellationToken)
    {
        var ids = new List<long> { personId };
        var frontier = new List<long> { personId };
        while (frontier.Count > 0 && ids.Count < 1000)
        {
            frontier = await db.People.AsNoTracking().Where(p => p.MergedIntoId != null && frontier.Contains(p.MergedIntoId.Value)).Select(p => p.Id).ToListAsync(cancellationToken);
            frontier = frontier.Except(ids).ToList();
            ids.AddRange(frontier);
        }

        return ids;
    }
}
