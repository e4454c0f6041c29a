using System.Globalization;
using System.Security.Claims;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Services;

/// <summary>The draft's outcome of a save: stored (with the new revision), refused for a newer version elsewhere, or with answers that were not stored.</summary>
public sealed record SaveResult(IReadOnlyList<FieldError> Errors, bool Conflict)
{
    public bool Stored => !Conflict;
}

/// <summary>Everything a page about an application needs to know about its call and form.</summary>
public sealed record ApplicationContext(Application Application, CallSetup Setup, FormSchema Schema, CallWindow Window, string CallTitle)
{
    /// <summary>Until the close an applicant may change a draft or a submitted application and (re)submit it.</summary>
    public bool IsEditableAt(DateTime utc) => Application.Status is ApplicationStatus.Draft or ApplicationStatus.Submitted && Window.IsOpenAt(utc);
}

/// <summary>
/// The applicant's side of an application: who may open it, starting the one draft per applicant and call (with
/// what the registry already knows filled in), and saving answers as the applicant goes.
/// </summary>
public sealed class Applying(
    ApplicationsDbContext db,
    CallSetups setups,
    AnswerRules rules,
    PermissionService permissions,
    IPersonRegistry registry,
    ApplyingWriteGate gate,
    TimeProvider clock)
{
    /// <summary>
    /// The application if the user may work on it: its owner, or staff entering it for a person (assisted).
    /// Anyone else gets null, exactly as for an id that does not exist.
    /// </summary>
    public async Task<Application?> FindForApplicantAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (application.ApplicantUserId is not null && application.ApplicantUserId == userId)
        {
            return application;
        }

        return application.Assisted && await permissions.HasPermissionAsync(user, Permissions.EnterAssistedApplications, cancellationToken) ? application : null;
    }

    /// <summary>The application for reading its files: its applicant, assisting staff, or staff who see applications.</summary>
    public async Task<Application?> FindForReadingAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await FindForApplicantAsync(id, user, cancellationToken)
        ?? (await permissions.HasPermissionAsync(user, Permissions.ViewApplications, cancellationToken)
            ? await db.Applications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null);

    public async Task<ApplicationContext> ContextAsync(Application application, string culture, CancellationToken cancellationToken)
    {
        var setup = await db.Calls.FirstAsync(c => c.Id == application.CallSetupId, cancellationToken);
        var form = await db.FormVersions.FirstAsync(f => f.Id == application.FormVersionId, cancellationToken);
        var window = await setups.WindowAsync(setup, cancellationToken);
        var title = (await setups.CallItemAsync(setup, culture, cancellationToken))?.DisplayText ?? $"C{setup.Component}-{setup.CallNumber}";
        return new ApplicationContext(application, setup, setups.Schema(setup, form), window, title);
    }

    /// <summary>The applicant's one application to the call: the existing one, or a new draft with what the registry and the account already know.</summary>
    public async Task<Application> StartAsync(CallSetup setup, string userId, string? accountEmail, string culture, CancellationToken cancellationToken)
    {
        if (await db.Applications.FirstOrDefaultAsync(a => a.ApplicantUserId == userId && a.CallSetupId == setup.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var form = await setups.FormForNewApplicationAsync(setup, cancellationToken);
        var answers = Answers.Parse("{}");
        var person = await registry.FindByUserAsync(userId, cancellationToken);
        Prefill(setups.Schema(setup, form), answers, person, accountEmail);
        var application = NewDraft(setup, form, culture, answers);
        application.ApplicantUserId = userId;
        application.PersonId = person?.Id;
        db.Applications.Add(application);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return application;
        }
        catch (DbUpdateException)
        {
            // A second click started it at the same moment (unique applicant and call): continue with that one.
            db.ChangeTracker.Clear();
            return await db.Applications.FirstAsync(a => a.ApplicantUserId == userId && a.CallSetupId == setup.Id, cancellationToken);
        }
    }

    /// <summary>A new application that staff enter for a person who applies on paper or in person.</summary>
    public async Task<Application> StartAssistedAsync(CallSetup setup, string staffUserId, string culture, CancellationToken cancellationToken)
    {
        var form = await setups.FormForNewApplicationAsync(setup, cancellationToken);
        var application = NewDraft(setup, form, culture, Answers.Parse("{}"));
        application.Assisted = true;
        application.AssistedByUserId = staffUserId;
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>
    /// Stores the step's answers, checked for format and limits only. <paramref name="revision"/> is the version the
    /// page was showing: when the application changed since (another tab or device), nothing is stored.
    /// </summary>
    public async Task<SaveResult> SaveStepAsync(ApplicationContext context, FormStep step, Func<string, IReadOnlyList<string>> posted, Guid revision, string culture, CancellationToken cancellationToken)
    {
        var application = context.Application;
        if (application.Revision != revision)
        {
            return new([], Conflict: true);
        }

        var answers = Answers.Parse(application.AnswersJson);
        var errors = rules.ApplyStep(context.Schema, step, answers, posted, culture);
        application.AnswersJson = answers.ToJson();
        application.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        application.Revision = Guid.NewGuid();
        try
        {
            // In the writers' queue: near a deadline every upload saves its step first, and on SQLite a writer
            // outside the queue would find the database locked and sleep.
            await gate.RunAsync(db, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(application).ReloadAsync(cancellationToken);
            return new(errors, Conflict: true);
        }

        return new(errors, Conflict: false);
    }

    public Task<List<Application>> MineAsync(string userId, CancellationToken cancellationToken) =>
        db.Applications.Where(a => a.ApplicantUserId == userId).OrderByDescending(a => a.CreatedUtc).ToListAsync(cancellationToken);

    private Application NewDraft(CallSetup setup, FormVersion form, string culture, Answers answers)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Application
        {
            CallSetupId = setup.Id,
            FormVersionId = form.Id,
            Status = ApplicationStatus.Draft,
            Culture = culture,
            AnswersJson = answers.ToJson(),
            CreatedUtc = now,
            UpdatedUtc = now,
            Revision = Guid.NewGuid(),
        };
    }

    /// <summary>Don't ask twice: what the registry knows about the applicant, and the account's e-mail, fill the form.</summary>
    private static void Prefill(FormSchema schema, Answers answers, Person? person, string? accountEmail)
    {
        foreach (var field in schema.Fields.Where(f => f.Person != PersonField.None))
        {
            var value = field.Person switch
            {
                PersonField.FirstName => person?.FirstName,
                PersonField.LastName => person?.LastName,
                PersonField.BirthDate => person?.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                PersonField.Sex => person?.Sex,
                PersonField.Municipality => person?.Municipality,
                PersonField.PersonalNumber => person?.PersonalNumber,
                PersonField.Phone => person?.Phone,
                PersonField.Email => person?.Email ?? accountEmail,
                PersonField.ReturnStatus => person?.ReturnStatus,
                PersonField.Ethnicity => person?.Ethnicity,
                PersonField.Disability => person?.Disability switch { true => "yes", false => "no", null => null },
                _ => null,
            };
            if (field.Kind == FieldKind.MultiChoice)
            {
                answers.SetMany(field.Key, value is null ? [] : [value]);
            }
            else
            {
                answers.Set(field.Key, value);
            }
        }
    }
}
