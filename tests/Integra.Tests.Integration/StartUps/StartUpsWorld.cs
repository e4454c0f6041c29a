using Integra.Applications;
using Integra.Applications.Data;
using Integra.Cms.Models;
using Integra.Contents.Services;
using Integra.People.Services;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps;

/// <summary>
/// A running site with component 2's calls set up on the engine and applicants selected straight through the
/// engine's data, so the component can be tested from the hand-over on. Shared by the component's tests.
/// </summary>
public sealed class StartUpsWorld : ModuleWorld
{
    public const string Password = "StartUps-Password-2026";

    private StartUpsWorld(TestDatabase database, IntegraAppFactory app)
        : base(database, app, Password)
    {
    }

    public static async Task<StartUpsWorld> StartAsync(string provider, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var (database, app) = await StartSiteAsync(provider, clock, settings);
        return new StartUpsWorld(database, app);
    }

    /// <summary>The engine's setup of component 2's call with this number, as a grant call: the seeded call's (the second), or one of its own.</summary>
    public async Task<long> CallAsync(int callNumber, string placesJson = "{}")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var calls = await content.ListPublishedAsync(new ContentQuery(CmsContentTypes.Call, "sq") { PageSize = 50 }, Cancel);
        var callId = calls.Items.SingleOrDefault(c => c.Text(CmsContentTypes.Fields.Component) == StartUpsModule.Component && c.Number(CmsContentTypes.Fields.CallNumber) == callNumber)?.TranslationSetId
            ?? $"test-call-c2-{callNumber}";
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var setup = await db.Calls.FirstOrDefaultAsync(c => c.CallId == callId, Cancel);
        if (setup is null)
        {
            setup = new global::Integra.Applications.Data.CallSetup { CallId = callId, Component = StartUpsModule.Component, CallNumber = callNumber, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
            db.Calls.Add(setup);
        }

        setup.CallType = StartUpCallTypes.Grant;
        setup.PlacesJson = placesJson;
        await db.SaveChangesAsync(Cancel);
        return setup.Id;
    }

    /// <summary>A person in the registry, as a submission would record them.</summary>
    public async Task<long> PersonAsync(string firstName, string lastName, string sex, DateOnly birthDate, string municipality, string? email = null, string? personalNumber = null, string? returnStatus = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<IPersonRegistry>().RecordAsync(
            new PersonDetails(firstName, lastName, birthDate, sex, municipality) { Email = email, PersonalNumber = personalNumber, ReturnStatus = returnStatus }, Cancel);
        return person.Id;
    }

    /// <summary>An application the engine has selected, for the person; returns the application id.</summary>
    public Task<long> SelectedAsync(long callSetupId, long personId, string municipality, string culture = "sq") =>
        ApplicationAsync(callSetupId, personId, municipality, culture, ApplicationStatus.Selected);

    /// <summary>A draft application of the person, ready to be submitted through the engine's workflow.</summary>
    public Task<long> DraftAsync(long callSetupId, long personId, string municipality, string culture = "sq") =>
        ApplicationAsync(callSetupId, personId, municipality, culture, ApplicationStatus.Draft);

    private async Task<long> ApplicationAsync(long callSetupId, long personId, string municipality, string culture, ApplicationStatus status)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var form = await db.FormVersions.FirstOrDefaultAsync(f => f.CallSetupId == callSetupId, Cancel);
        if (form is null)
        {
            form = new FormVersion { CallSetupId = callSetupId, Version = 1, SchemaJson = "{}", UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
            db.FormVersions.Add(form);
            await db.SaveChangesAsync(Cancel);
        }

        var setup = await db.Calls.FirstAsync(c => c.Id == callSetupId, Cancel);
        var sequence = setup.NextSequence++;
        var application = new Application
        {
            CallSetupId = callSetupId,
            Reference = $"C{setup.Component}-{setup.CallNumber}-{sequence:0000}",
            Status = status,
            PersonId = personId,
            Municipality = municipality,
            Culture = culture,
            FormVersionId = form.Id,
            CreatedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
            SubmittedUtc = status == ApplicationStatus.Draft ? null : DateTime.UtcNow,
            Revision = Guid.NewGuid(),
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(Cancel);
        return application.Id;
    }

    /// <summary>Hands the application over on the engine, as the system; returns the beneficiary it became.</summary>
    public async Task<Beneficiary> HandOverAsync(long applicationId)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var moved = await scope.ServiceProvider.GetRequiredService<ApplicationTransitions>().FireAsync(applicationId, ApplicationTrigger.HandOver, null, Cancel);
            Assert.True(moved.Succeeded, moved.Error);
        }

        return await StartUpsAsync(db => db.Beneficiaries.AsNoTracking().SingleAsync(b => b.ApplicationId == applicationId, Cancel));
    }

    /// <summary>A person selected in the call and taken in: a beneficiary selected for training.</summary>
    public async Task<Beneficiary> BeneficiaryAsync(long callSetupId, string firstName, string lastName, string sex, DateOnly birthDate, string municipality, string? email = null)
    {
        var person = await PersonAsync(firstName, lastName, sex, birthDate, municipality, email);
        return await HandOverAsync(await SelectedAsync(callSetupId, person, municipality));
    }

    /// <summary>Moves a beneficiary as the system would, to put them where a test starts.</summary>
    public async Task FireAsync(long beneficiaryId, params BeneficiaryTrigger[] triggers)
    {
        foreach (var trigger in triggers)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var moved = await scope.ServiceProvider.GetRequiredService<BeneficiaryTransitions>().FireAsync(beneficiaryId, trigger, "Set up by the test", Cancel);
            Assert.True(moved.Succeeded, moved.Error);
        }
    }

    /// <summary>Sets exactly these of the component's permissions for a role, as the roles screen would.</summary>
    public Task GrantAsync(string role, params string[] permissions) =>
        SetGrantsAsync(typeof(global::Integra.StartUps.Permissions), role, permissions);

    public async Task<T> StartUpsAsync<T>(Func<StartUpsDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StartUpsDbContext>());
    }

    public Task<Beneficiary> ReloadAsync(long beneficiaryId) =>
        StartUpsAsync(db => db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == beneficiaryId, Cancel));
}
