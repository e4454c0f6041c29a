using System.Text.Json;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Cms.Models;
using Integra.Contents.Services;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Reviews;

/// <summary>
/// A running site with calls set up and applications submitted straight through the engine's data and workflow,
/// so the review can be tested on its own.
/// </summary>
public sealed class ReviewWorld : ModuleWorld
{
    public const string Password = "Review-Password-2026";

    private ReviewWorld(TestDatabase database, IntegraAppFactory app)
        : base(database, app, Password)
    {
    }

    public static async Task<ReviewWorld> StartAsync(string provider)
    {
        var (database, app) = await StartSiteAsync(provider);
        return new ReviewWorld(database, app);
    }

    public static readonly FormSchema Form = new()
    {
        Steps =
        [
            new FormStep("you", Text("You"))
            {
                Fields =
                [
                    new FormField("firstName", FieldKind.Text, Text("First name")) { Person = PersonField.FirstName, Identifying = true },
                    new FormField("lastName", FieldKind.Text, Text("Last name")) { Person = PersonField.LastName, Identifying = true },
                    new FormField("personalNumber", FieldKind.PersonalNumber, Text("Personal number")) { Person = PersonField.PersonalNumber, Identifying = true, Sensitive = true },
                    new FormField("phone", FieldKind.Phone, Text("Phone")) { Person = PersonField.Phone },
                    new FormField("village", FieldKind.Text, Text("Village")) { Identifying = true },
                    new FormField("municipality", FieldKind.Municipality, Text("Municipality")) { Person = PersonField.Municipality },
                ],
            },
            new FormStep("idea", Text("Your business"))
            {
                Fields = [new FormField("idea", FieldKind.LongText, Text("Business idea"))],
            },
        ],
    };

    /// <summary>The engine's setup of a seeded call: component 4's first call has closed, component 2's second is open.</summary>
    public async Task<long> CallAsync(string component, int callNumber, string placesJson = "{}")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var calls = await content.ListPublishedAsync(new ContentQuery(CmsContentTypes.Call, "sq") { PageSize = 50 }, Cancel);
        var call = calls.Items.Single(c => c.Text(CmsContentTypes.Fields.Component) == component && c.Number(CmsContentTypes.Fields.CallNumber) == callNumber);
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var setup = await db.Calls.FirstOrDefaultAsync(c => c.CallId == call.TranslationSetId, Cancel);
        if (setup is null)
        {
            setup = new global::Integra.Applications.Data.CallSetup { CallId = call.TranslationSetId, Component = component, CallNumber = callNumber, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
            db.Calls.Add(setup);
        }

        setup.PlacesJson = placesJson;
        setup.AppealDays = 8;
        await db.SaveChangesAsync(Cancel);
        return setup.Id;
    }

    /// <summary>A submitted application; with an e-mail, it belongs to a new applicant account of that address.</summary>
    public async Task<long> SubmitAsync(long callSetupId, string firstName, string lastName, string municipality, string? email = null, string culture = "sq")
    {
        string? userId = null;
        if (email is not null)
        {
            userId = (await App.CreateUserAsync(email, Password, Roles.Applicant)).Id;
        }

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var form = await db.FormVersions.FirstOrDefaultAsync(f => f.CallSetupId == callSetupId, Cancel);
        if (form is null)
        {
            form = new FormVersion { CallSetupId = callSetupId, Version = 1, SchemaJson = Form.ToJson(), UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
            db.FormVersions.Add(form);
            await db.SaveChangesAsync(Cancel);
        }

        var setup = await db.Calls.FirstAsync(c => c.Id == callSetupId, Cancel);
        var sequence = setup.NextSequence++;
        var application = new Application
        {
            CallSetupId = callSetupId,
            Reference = $"C{setup.Component}-{setup.CallNumber}-{sequence:0000}",
            Status = ApplicationStatus.Draft,
            ApplicantUserId = userId,
            Municipality = municipality,
            Culture = culture,
            FormVersionId = form.Id,
            AnswersJson = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["firstName"] = firstName,
                ["lastName"] = lastName,
                ["personalNumber"] = $"12{sequence:00000000}",
                ["phone"] = $"+38344{sequence:000000}",
                ["village"] = $"Village of {lastName}",
                ["municipality"] = municipality,
                ["idea"] = $"A bakery run by {firstName} for the whole street.",
            }),
            CreatedUtc = DateTime.UtcNow.AddMinutes(-60 + sequence),
            UpdatedUtc = DateTime.UtcNow,
            SubmittedUtc = DateTime.UtcNow.AddMinutes(-60 + sequence),
            Revision = Guid.NewGuid(),
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(Cancel);
        var moved = await scope.ServiceProvider.GetRequiredService<ApplicationTransitions>().FireAsync(application.Id, ApplicationTrigger.Submit, null, Cancel);
        Assert.True(moved.Succeeded, moved.Error);
        return application.Id;
    }

    /// <summary>Sets exactly these of the engine's permissions for a role, as the roles screen would.</summary>
    public Task GrantAsync(string role, params string[] permissions) => SetGrantsAsync(typeof(Permissions), role, permissions);

    /// <summary>Review settings for a call with a two-criterion rubric (weights 2 and 1, out of 10 and 5 points).</summary>
    public async Task SettingsAsync(long callSetupId, int evaluators = 2, bool blind = false, bool excludeMunicipality = false, int? totalPlaces = null, decimal passMark = 0)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewsDbContext>();
        db.Settings.Add(new CallReviewSettings
        {
            CallSetupId = callSetupId,
            EvaluatorsPerApplication = evaluators,
            BlindReview = blind,
            ExcludeSameMunicipality = excludeMunicipality,
            TotalPlaces = totalPlaces,
            PassMark = passMark,
            CriteriaJson = Criterion.ListToJson(
            [
                new Criterion("idea", Text("Business idea"), 2, 10),
                new Criterion("experience", Text("Experience"), 1, 5),
            ]),
            UpdatedUtc = DateTime.UtcNow,
            Revision = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(Cancel);
    }

    public async Task<T> ReviewsAsync<T>(Func<ReviewsDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReviewsDbContext>());
    }

    public static LocalizedText Text(string english) => new() { ["en"] = english, ["sq"] = english, ["sr-Latn"] = english };
}
