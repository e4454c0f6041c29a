using System.Text.Json;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Cms.Models;
using Integra.Contents.Services;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Integra.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.People;

/// <summary>A host with the people registry and the applications engine, a clock the test moves, and helpers to put applications in place.</summary>
public sealed class PeopleApp : IAsyncDisposable
{
    public const string OfficerEmail = "officer@integra.test";
    public const string Password = "People-Password-2026!";

    private PeopleApp(TestDatabase database, IntegraAppFactory app, ShiftedClock clock) => (Database, App, Clock) = (database, app, clock);

    public TestDatabase Database { get; }

    public IntegraAppFactory App { get; }

    public ShiftedClock Clock { get; }

    public static async Task<PeopleApp> StartAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ShiftedClock();
        var app = new IntegraAppFactory(database) { Clock = clock };
        await app.CreateUserAsync(OfficerEmail, Password, Roles.ProgrammeOfficer);
        return new PeopleApp(database, app, clock);
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<Person> RecordAsync(PersonDetails details) =>
        WithAsync(s => s.GetRequiredService<IPersonRegistry>().RecordAsync(details, TestContext.Current.CancellationToken));

    public Task<Person?> PersonAsync(long id) =>
        WithAsync(s => s.GetRequiredService<PeopleDbContext>().People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, TestContext.Current.CancellationToken));

    public Task<Application> ApplicationAsync(long id) =>
        WithAsync(s => s.GetRequiredService<ApplicationsDbContext>().Applications.AsNoTracking().SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken));

    /// <summary>The engine's set-up of one of the seeded calls, with a form whose identity fields are flagged.</summary>
    public Task<(global::Integra.Applications.Data.CallSetup Call, FormVersion Form, DateTime ClosesUtc)> CreateCallAsync(int index, int retentionDays = 1825) => WithAsync(async s =>
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var calls = await s.GetRequiredService<IContentManager>().ListPublishedAsync(new ContentQuery(CmsContentTypes.Call, "sq") { PageSize = 50 }, cancellationToken);
        var item = calls.Items.OrderBy(i => i.Id).ElementAt(index);
        var db = s.GetRequiredService<ApplicationsDbContext>();
        var now = DateTime.UtcNow;
        var call = new global::Integra.Applications.Data.CallSetup { CallId = item.TranslationSetId, Component = "2", CallNumber = index + 1, RetentionDays = retentionDays, CreatedUtc = now, UpdatedUtc = now, Revision = Guid.NewGuid() };
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        var form = new FormVersion { CallSetupId = call.Id, Version = 1, SchemaJson = Form.ToJson(), UpdatedUtc = now, Revision = Guid.NewGuid() };
        db.FormVersions.Add(form);
        await db.SaveChangesAsync(cancellationToken);
        return (call, form, item.UtcDateTime(CmsContentTypes.Fields.ClosesAt)!.Value);
    });

    public Task<Application> CreateApplicationAsync(global::Integra.Applications.Data.CallSetup call, FormVersion form, long? personId, string? userId, string reference, object answers) => WithAsync(async s =>
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var db = s.GetRequiredService<ApplicationsDbContext>();
        var now = DateTime.UtcNow;
        var json = JsonSerializer.Serialize(answers);
        var application = new Application
        {
            CallSetupId = call.Id,
            FormVersionId = form.Id,
            Reference = reference,
            Status = ApplicationStatus.Submitted,
            ApplicantUserId = userId,
            PersonId = personId,
            Municipality = "malisheva",
            Culture = "sq",
            AnswersJson = json,
            FinalScore = 71.5m,
            CreatedUtc = now,
            UpdatedUtc = now,
            SubmittedUtc = now,
            Revision = Guid.NewGuid(),
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        db.Submissions.Add(new ApplicationSubmission { ApplicationId = application.Id, Version = 1, AnswersJson = json, SubmissionKey = Guid.NewGuid().ToString("N"), SubmittedUtc = now });
        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, FromStatus = ApplicationStatus.Draft, ToStatus = ApplicationStatus.Submitted, Trigger = ApplicationTrigger.Submit, UserId = userId, UserName = "applicant", AtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return application;
    });

    public Task<string> UserIdAsync(string email) =>
        WithAsync(async s => (await s.GetRequiredService<UserManager<IntegraUser>>().FindByEmailAsync(email))!.Id);

    /// <summary>Grants a permission to a role straight in the database, as the roles screen would.</summary>
    public Task GrantAsync(string role, string permission) => WithAsync(async s =>
    {
        var db = s.GetRequiredService<CoreDbContext>();
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = roleId, ClaimType = Roles.PermissionClaimType, ClaimValue = permission });
        return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });

    public Task<List<AuditEntry>> AuditAsync() =>
        WithAsync(s => s.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking().Where(a => a.Module == "People").ToListAsync(TestContext.Current.CancellationToken));

    private static FormSchema Form => new()
    {
        Steps =
        [
            new FormStep("you", new LocalizedText { ["en"] = "About you" })
            {
                Fields =
                [
                    new FormField("firstName", FieldKind.Text, new LocalizedText { ["en"] = "First name" }) { Person = PersonField.FirstName, Identifying = true },
                    new FormField("lastName", FieldKind.Text, new LocalizedText { ["en"] = "Last name" }) { Person = PersonField.LastName, Identifying = true },
                    new FormField("personalNumber", FieldKind.PersonalNumber, new LocalizedText { ["en"] = "Personal number" }) { Person = PersonField.PersonalNumber, Sensitive = true },
                    new FormField("sex", FieldKind.Choice, new LocalizedText { ["en"] = "Sex" }) { Person = PersonField.Sex },
                    new FormField("municipality", FieldKind.Municipality, new LocalizedText { ["en"] = "Municipality" }) { Person = PersonField.Municipality },
                    new FormField("idea", FieldKind.LongText, new LocalizedText { ["en"] = "Your business idea" }),
                ],
            },
        ],
    };

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
