using System.Text.Json;
using System.Text.Json.Nodes;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.PersonalData;

/// <summary>
/// The engine's part in the data subject's rights and in retention: applications, every submitted version and
/// their timeline go into the download; anonymising removes the answers the form marks identifying or sensitive
/// (and those that fill identity fields of the registry), the link to the account, and what the applicant wrote
/// in the timeline; status, scores, municipality and decisions stay for the statistics.
/// </summary>
public sealed class ApplicationPersonalDataHandler(ApplicationsDbContext db, CallCalendar calendar, TimeProvider clock) : IPersonalDataHandler
{
    private static readonly HashSet<PersonField> IdentityFields =
        [PersonField.FirstName, PersonField.LastName, PersonField.BirthDate, PersonField.PersonalNumber, PersonField.Phone, PersonField.Email, PersonField.Ethnicity, PersonField.Disability];

    public async Task ExportAsync(PersonalDataSubject subject, PersonalDataArchive archive, CancellationToken cancellationToken)
    {
        var applications = await SubjectApplications.Of(db, subject).AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        if (applications.Count == 0)
        {
            return;
        }

        var ids = applications.Select(a => a.Id).ToList();
        var callIds = applications.Select(a => a.CallSetupId).Distinct().ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var callInfo = await calendar.ForAsync(calls, cancellationToken);
        var submissions = (await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.ApplicationId)).OrderBy(s => s.Version).ToListAsync(cancellationToken)).ToLookup(s => s.ApplicationId);
        var events = (await db.ApplicationEvents.AsNoTracking().Where(e => ids.Contains(e.ApplicationId)).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
        foreach (var application in applications)
        {
            var call = calls.First(c => c.Id == application.CallSetupId);
            await archive.AddJsonAsync($"applications/{application.Reference ?? "draft-" + application.Id}.json", new
            {
                call = new { title = callInfo[call.Id].Title, component = call.Component, callNumber = call.CallNumber, closesUtc = callInfo[call.Id].ClosesUtc },
                application.Reference,
                status = application.Status.ToString(),
                application.Culture,
                application.Municipality,
                application.Assisted,
                application.FinalScore,
                application.DecisionReason,
                application.CreatedUtc,
                application.UpdatedUtc,
                application.SubmittedUtc,
                application.DecidedUtc,
                answers = JsonNode.Parse(application.AnswersJson),
                submissions = submissions[application.Id].Select(s => new { s.Version, s.SubmittedUtc, answers = JsonNode.Parse(s.AnswersJson) }),
                // Staff's names are not the applicant's data: the timeline says only whether a move was theirs.
                events = events[application.Id].Select(e => new
                {
                    from = e.FromStatus.ToString(),
                    to = e.ToStatus.ToString(),
                    trigger = e.Trigger.ToString(),
                    byApplicant = e.UserId != null && e.UserId == application.ApplicantUserId,
                    e.Reason,
                    e.AtUtc,
                }),
            }, cancellationToken);
        }
    }

    public async Task AnonymiseAsync(PersonalDataSubject subject, CancellationToken cancellationToken) =>
        await AnonymiseAsync(await SubjectApplications.Of(db, subject).ToListAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyCollection<long>> ApplyRetentionAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        var expired = await ExpiredCallIdsAsync(utcNow, cancellationToken);
        if (expired.Count == 0)
        {
            return [];
        }

        await AnonymiseAsync(await db.Applications.Where(a => expired.Contains(a.CallSetupId) && a.AnonymisedUtc == null).ToListAsync(cancellationToken), cancellationToken);
        return await db.Applications.AsNoTracking().Where(a => expired.Contains(a.CallSetupId) && a.PersonId != null)
            .Select(a => a.PersonId!.Value).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<long>> RetainedAsync(IReadOnlyCollection<long> personIds, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return new HashSet<long>();
        }

        var expired = await ExpiredCallIdsAsync(utcNow, cancellationToken);
        var ids = personIds.ToList();
        return (await db.Applications.AsNoTracking()
            .Where(a => a.PersonId != null && ids.Contains(a.PersonId.Value) && !expired.Contains(a.CallSetupId))
            .Select(a => a.PersonId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();
    }

    private async Task<List<long>> ExpiredCallIdsAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        var calls = await db.Calls.AsNoTracking().ToListAsync(cancellationToken);
        var info = await calendar.ForAsync(calls, cancellationToken);
        return calls.Where(c => CallCalendar.RetentionPassed(c, info[c.Id], utcNow)).Select(c => c.Id).ToList();
    }

    private async Task AnonymiseAsync(List<Application> applications, CancellationToken cancellationToken)
    {
        if (applications.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = applications.Select(a => a.Id).ToList();
        var formIds = applications.Select(a => a.FormVersionId).Distinct().ToList();
        var forms = await db.FormVersions.AsNoTracking().Where(f => formIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => ClearedKeys(FormSchema.FromJson(f.SchemaJson)), cancellationToken);
        var submissions = (await db.Submissions.Where(s => ids.Contains(s.ApplicationId)).ToListAsync(cancellationToken)).ToLookup(s => s.ApplicationId);
        var events = (await db.ApplicationEvents.Where(e => ids.Contains(e.ApplicationId)).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
        foreach (var application in applications)
        {
            var cleared = forms.GetValueOrDefault(application.FormVersionId) ?? [];
            application.AnswersJson = Without(application.AnswersJson, cleared);
            foreach (var submission in submissions[application.Id])
            {
                submission.AnswersJson = Without(submission.AnswersJson, cleared);
            }

            foreach (var move in events[application.Id].Where(e => e.UserId != null && e.UserId == application.ApplicantUserId))
            {
                // What applicants wrote (a withdrawal's or an appeal's reason) may say who they are.
                move.UserId = null;
                move.UserName = null;
                move.Reason = null;
            }

            application.ApplicantUserId = null;
            application.AnonymisedUtc = now;
            application.UpdatedUtc = now;
            application.Revision = Guid.NewGuid();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static HashSet<string> ClearedKeys(FormSchema form) =>
        form.Fields
            .Where(f => f.Identifying || f.Sensitive || IdentityFields.Contains(f.Person) || f.Kind is FieldKind.Email or FieldKind.Phone or FieldKind.PersonalNumber)
            .Select(f => f.Key)
            .ToHashSet(StringComparer.Ordinal);

    private static string Without(string answersJson, HashSet<string> keys)
    {
        if (keys.Count == 0)
        {
            return answersJson;
        }

        try
        {
            if (JsonNode.Parse(answersJson) is not JsonObject answers)
            {
                return answersJson;
            }

            foreach (var key in keys)
            {
                answers.Remove(key);
            }

            return answers.ToJsonString();
        }
        catch (JsonException)
        {
            // Answers that are not JSON cannot be told apart: none of them is kept.
            return "{}";
        }
    }
}
