using System.Text.RegularExpressions;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.People.Services;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.StartUps;

/// <summary>A trainer runs a cohort in the admin, in a real browser: sessions, the register, completion, a certificate.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrainingScreenTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_trainer_creates_a_cohort_records_the_register_and_completes_the_training()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        await SelectedTraineesAsync(app, ct, ("Arta", "Krasniqi"), ("Besa", "Gashi"));
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/culture?culture=en&returnUrl=/account/login");
        await page.Locator("input[name=Email]").FillAsync(IntegraAppFactory.AdminEmail);
        await page.Locator("input[name=Password]").FillAsync(IntegraAppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AdminHome());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" }).GetByRole(AriaRole.Link, new() { Name = "Training" }).ClickAsync();
        await page.GetByLabel("Municipality").SelectOptionAsync("malisheva");
        await page.GetByLabel("Name (optional)").FillAsync("Malisheva, spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create cohort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Malisheva, spring");

        await page.GetByLabel("Date").FillAsync("2026-03-02");
        await page.GetByLabel("Time").FillAsync("10:00");
        await page.GetByLabel("Topic").FillAsync("Your market and your customers");
        await page.GetByLabel("Trainer").FillAsync("Drilon Kaçaniku");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SessionLink() }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Everyone was present" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Arta Krasniqi")).ToBeCheckedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "startups-register.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Malisheva, spring" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record completion for those who meet the rule" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Arta Krasniqi" })).ToContainTextAsync("Trained");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Certificate (PDF)" })).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "startups-cohort.png"), FullPage = true });
    }

    /// <summary>Component 2's first call with the component's defaults and the people the engine selected in Malisheva, taken in.</summary>
    private static async Task SelectedTraineesAsync(IntegraAppFactory app, CancellationToken ct, params (string First, string Last)[] people)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var applications = services.GetRequiredService<ApplicationsDbContext>();
        var setup = new CallSetup { CallId = "browser-c2-1", Component = StartUpsModule.Component, CallNumber = 1, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
        applications.Calls.Add(setup);
        await applications.SaveChangesAsync(ct);
        var form = new FormVersion { CallSetupId = setup.Id, Version = 1, SchemaJson = "{}", UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
        applications.FormVersions.Add(form);
        await applications.SaveChangesAsync(ct);
        Assert.True(await services.GetRequiredService<StartUpCalls>().UseAsGrantCallAsync(setup.Id, ct));
        foreach (var (first, last) in people)
        {
            var person = await services.GetRequiredService<IPersonRegistry>().RecordAsync(new PersonDetails(first, last, new DateOnly(1990, 5, 5), "F", "malisheva"), ct);
            var application = new Application { CallSetupId = setup.Id, Status = ApplicationStatus.Selected, PersonId = person.Id, Municipality = "malisheva", Culture = "sq", FormVersionId = form.Id, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
            applications.Applications.Add(application);
            await applications.SaveChangesAsync(ct);
            Assert.True((await services.GetRequiredService<ApplicationTransitions>().FireAsync(application.Id, ApplicationTrigger.HandOver, null, ct)).Succeeded);
        }

        Assert.Equal(people.Length, await services.GetRequiredService<StartUpsDbContext>().Beneficiaries.CountAsync(b => b.Status == BeneficiaryStatus.SelectedForTraining, ct));
    }

    [GeneratedRegex("/admin$")]
    private static partial Regex AdminHome();

    [GeneratedRegex("Your market and your customers")]
    private static partial Regex SessionLink();
}
