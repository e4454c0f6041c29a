using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Core.Data;
using Integra.Core.Localization;
using Integra.People.Data;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Integra.Applications.Services;

/// <summary>
/// The outcome of a submit: the stored submission (the receipt), or what stops it: problems with answers,
/// eligibility, consent, the deadline, or a newer version elsewhere. <see cref="Repeated"/> is a retry of a
/// submission already stored (same key): the same receipt.
/// </summary>
public sealed record SubmitOutcome(ApplicationSubmission? Submission, IReadOnlyList<FieldError> Problems, bool Repeated = false, bool ReceiptEmailed = false)
{
    public bool Succeeded => Submission is not null;

    public static SubmitOutcome Refused(string message) => new(null, [new FieldError(string.Empty, message)]);
}

/// <summary>The consent text the applicant agrees to, in their language, with its version.</summary>
public sealed record ConsentText(string Text, int Version, string Sha256);

/// <summary>
/// Submitting an application: one transaction that gives the reference number (first time), stores the submitted
/// version under the client's idempotency key, records the consent and the person, and moves the application to
/// Submitted, with the receipt e-mail in the outbox. A retry with the same key returns the stored receipt; the close
/// instant is the server clock's.
/// </summary>
public sealed partial class SubmissionService(
    ApplicationsDbContext db,
    CoreDbContext core,
    PeopleDbContext people,
    IPersonRegistry registry,
    ApplicationTransitions transitions,
    AnswerRules rules,
    TimeProvider clock,
    ApplyingWriteGate gate,
    IServiceProvider services,
    IStringLocalizer<SubmissionService> T,
    ILogger<SubmissionService> logger)
{
    public static string NewKey() => Guid.NewGuid().ToString("N");

    public ConsentText Consent(CallSetup setup, string culture)
    {
        LocalizedText? texts = null;
        try
        {
            texts = JsonSerializer.Deserialize<LocalizedText>(string.IsNullOrWhiteSpace(setup.ConsentJson) ? "{}" : setup.ConsentJson);
        }
        catch (JsonException)
        {
            // A malformed setting falls back to the default text below.
        }

        var text = texts.For(culture);
        if (string.IsNullOrWhiteSpace(text))
        {
            text = T["I confirm that my answers are true and complete. I agree that the INTEGRA project (PREDA Plus Kosovo and its partners) stores and uses my personal data, including the documents I upload, to assess this application, to contact me about it and for the project's anonymous statistics. I know that I can see my data, ask for it to be corrected or erased, and withdraw my application at any time."];
        }

        return new ConsentText(text, setup.ConsentVersion, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>What would stop a submission now, short of consent: missing or invalid answers and broken eligibility rules.</summary>
    public async Task<IReadOnlyList<FieldError>> ProblemsAsync(ApplicationContext context, string culture, CancellationToken cancellationToken)
    {
        var answers = Answers.Parse(context.Application.AnswersJson);
        AnswerRules.DropHidden(context.Schema, answers);
        var problems = rules.ValidateAll(context.Schema, answers, culture).ToList();
        if (problems.Count == 0 && services.GetService<IEligibilityChecker>() is { } checker)
        {
            problems.AddRange((await checker.CheckAsync(context.Application, context.Setup, cancellationToken)).Select(f => new FieldError(string.Empty, f.Message)));
        }

        return problems;
    }

    /// <param name="origin">The site's address as the applicant reached it (scheme and host), for the e-mail's links.</param>
    public async Task<SubmitOutcome> SubmitAsync(ApplicationContext context, string? key, bool consented, string culture, ClaimsPrincipal user, string origin, CancellationToken cancellationToken)
    {
        // The instant the server received the submission decides; nothing later in this request moves it.
        var now = clock.GetUtcNow().UtcDateTime;
        var application = context.Application;
        if (key is null || !KeyShape().IsMatch(key))
        {
            return SubmitOutcome.Refused(T["The page was out of date. Check your answers and submit again."]);
        }

        if (await StoredAsync(application.Id, key, cancellationToken) is { } stored)
        {
            return new(stored, [], Repeated: true);
        }

        if (!context.Window.IsOpenAt(now))
        {
            return SubmitOutcome.Refused(context.Window.HasClosedAt(now)
                ? T["The call closed on {0} (Kosovo time). Applications received after that cannot be accepted; your draft is kept.", Belgrade(context.Window.ClosesUtc!.Value)]
                : T["The call is not open yet."]);
        }

        if (application.Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted))
        {
            return SubmitOutcome.Refused(T["This application can no longer be changed."]);
        }

        var problems = await ProblemsAsync(context, culture, cancellationToken);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        if (!consented)
        {
            return new(null, [new FieldError("consent", application.Assisted
                ? T["Confirm that the person has given their consent on paper."]
                : T["Tick the box to give your consent; without it the application cannot be submitted."])]);
        }

        try
        {
            return await StoreAsync(context, key, culture, user, origin, now, cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another request with the same key stored it first (unique key): its receipt is this one's.
            logger.LogInformation(e, "Concurrent submission of application {Id}", application.Id);
            db.ChangeTracker.Clear();
            return await StoredAsync(application.Id, key, cancellationToken) is { } winner
                ? new(winner, [], Repeated: true)
                : SubmitOutcome.Refused(T["Your application was changed in another window or on another device. Check your answers and submit again."]);
        }
    }

    private async Task<SubmitOutcome> StoreAsync(ApplicationContext context, string key, string culture, ClaimsPrincipal user, string origin, DateTime now, CancellationToken cancellationToken)
    {
        var application = context.Application;
        var answers = Answers.Parse(application.AnswersJson);
        AnswerRules.DropHidden(context.Schema, answers);
        var consent = Consent(context.Setup, culture);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var accountEmail = application.Assisted ? null : user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name;

        return await gate.RunAsync<SubmitOutcome>(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The registry and the audit log write in the submission's transaction.
            using var joined = SharedTransaction.Join(db, core, people);

            // Claim the application first: of two requests that loaded the same revision, one goes on, the other stops here.
            var claim = Guid.NewGuid();
            var loaded = application.Revision;
            var claimed = await db.Applications.Where(a => a.Id == application.Id && a.Revision == loaded)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Revision, claim), cancellationToken);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return await StoredAsync(application.Id, key, cancellationToken) is { } stored
                    ? new(stored, [], Repeated: true)
                    : SubmitOutcome.Refused(T["Your application was changed in another window or on another device. Check your answers and submit again."]);
            }

            db.Entry(application).Property(a => a.Revision).OriginalValue = claim;
            application.Revision = claim;
            var details = AnswerRules.PersonDetails(context.Schema, answers, application.ApplicantUserId, accountEmail);
            var person = await registry.RecordAsync(details, cancellationToken);
            application.PersonId = person.Id;
            application.Municipality = details.Municipality;
            application.AnswersJson = answers.ToJson();
            application.SubmittedUtc = now;
            var version = (await db.Submissions.Where(s => s.ApplicationId == application.Id).MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0) + 1;
            var submission = new ApplicationSubmission
            {
                ApplicationId = application.Id,
                Version = version,
                AnswersJson = application.AnswersJson,
                SubmissionKey = key,
                SubmittedUtc = now,
            };
            db.Submissions.Add(submission);
            db.Consents.Add(new ApplicationConsent
            {
                ApplicationId = application.Id,
                UserId = userId,
                ConsentVersion = consent.Version,
                Culture = culture,
                TextSha256 = consent.Sha256,
                Assisted = application.Assisted,
                AtUtc = now,
            });

            // The call's counter row is locked from here to the commit: taken last, it serialises the least.
            if (application.Reference is null)
            {
                var sequence = (await db.Database.SqlQuery<int>(
                    $"UPDATE app_calls SET \"NextSequence\" = \"NextSequence\" + 1 WHERE \"Id\" = {context.Setup.Id} RETURNING \"NextSequence\" - 1 AS \"Value\"")
                    .ToListAsync(cancellationToken)).Single();
                application.Reference = $"C{context.Setup.Component}-{context.Setup.CallNumber}-{sequence.ToString("0000", CultureInfo.InvariantCulture)}";
            }

            var moved = await transitions.FireAsync(application, ApplicationTrigger.Submit, application.Assisted ? "assisted" : null, cancellationToken, save: false);
            if (!moved.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return SubmitOutcome.Refused(moved.Error!);
            }

            var emailed = EnqueueReceipt(context, submission, culture, origin) && (person.Email is { Length: > 0 } || accountEmail is { Length: > 0 });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(submission, [], ReceiptEmailed: emailed);
        }, cancellationToken);
    }

    /// <summary>
    /// The receipt e-mail goes into the outbox in the submission's transaction: stored with it or not at all, and
    /// sent by <see cref="OutboxMailJob"/>, so the applicant never waits for a template or a mail server.
    /// </summary>
    private bool EnqueueReceipt(ApplicationContext context, ApplicationSubmission submission, string culture, string origin)
    {
        if (services.GetService<IApplicationMailer>() is null)
        {
            return false;
        }

        var application = context.Application;
        var id = application.Id.ToString(CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string?>
        {
            ["reference"] = application.Reference,
            ["version"] = submission.Version.ToString(CultureInfo.InvariantCulture),
            ["submitted_at"] = Belgrade(submission.SubmittedUtc),
            ["call_title"] = context.CallTitle,
            ["receipt_url"] = $"{origin}/{culture}/applications/{id}/receipt?version={submission.Version.ToString(CultureInfo.InvariantCulture)}",
            ["link"] = $"{origin}/{Cultures.Normalize(application.Culture) ?? Cultures.Default}/applications/{id}",
        };
        db.OutboxMails.Add(new OutboxMail
        {
            ApplicationId = application.Id,
            MessageKey = ApplicationMessages.Receipt,
            ValuesJson = JsonSerializer.Serialize(values),
            CreatedUtc = submission.SubmittedUtc,
        });
        return true;
    }

    public Task<ApplicationSubmission?> StoredAsync(long applicationId, string key, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.ApplicationId == applicationId && s.SubmissionKey == key, cancellationToken);

    /// <summary>Europe/Belgrade time, as applicants read deadlines and receipts, whatever the server's zone.</summary>
    public static string Belgrade(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), BelgradeZone).ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    public static readonly TimeZoneInfo BelgradeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex KeyShape();
}
