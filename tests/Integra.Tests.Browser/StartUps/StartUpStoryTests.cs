using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
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
using Microsoft.Playwright;

namespace Integra.Tests.Browser.StartUps;

/// <summary>
/// Component 2's story in a real browser, from the hand-over on: a woman from Malisheva selected in call 1 attends
/// the training and completes it, her business plan is awarded, her equipment is delivered with a signed protocol,
/// her business is registered and a monitoring visit finds it active. At every step the component's dashboard and
/// the public counter of businesses established on component 2's page move as they should. Every staff page is
/// checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StartUpStoryTests(BrowserFixture browser)
{
    private const string Row = "tr[data-call='C2-1'][data-municipality='malisheva']";

    [Fact]
    public async Task A_woman_from_Malisheva_goes_from_selection_to_an_active_business_and_the_dashboard_and_public_counter_follow()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new ShiftedClock();
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database) { Clock = clock };
        var beneficiaryId = await SelectedBeneficiaryAsync(app, ct);
        var componentPage = await ComponentPageAsync(app, ct);
        var accessibility = new List<string>();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        // Handed over: she counts as applied and selected for training; no business yet.
        await ExpectFunnelAsync(page, accessibility, "1-selected", [1, 1, 0, 0, 0, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // The trainer runs her cohort: one session, the register, completion.
        await page.GotoAsync("/admin/startups/training");
        await page.GetByLabel("Municipality").SelectOptionAsync("malisheva");
        await page.GetByLabel("Name (optional)").FillAsync("Malisheva, spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create cohort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Malisheva, spring");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await page.GetByLabel("Date").FillAsync(Iso(today));
        await page.GetByLabel("Time").FillAsync("10:00");
        await page.GetByLabel("Topic").FillAsync("Your market and your customers");
        await page.GetByLabel("Trainer").FillAsync("Drilon Kaçaniku");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await CheckAsync(page, "2-cohort", accessibility);
        await page.GetByRole(AriaRole.Link, new() { Name = "Your market and your customers" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Hana Morina")).Not.ToBeCheckedAsync();
        await page.GetByLabel("Hana Morina").CheckAsync();
        await CheckAsync(page, "3-register", accessibility);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Hana Morina")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Malisheva, spring" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record completion for those who meet the rule" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hana Morina" })).ToContainTextAsync("Trained");
        await ExpectFunnelAsync(page, accessibility, "4-trained", [1, 1, 1, 0, 0, 0, 0, 0]);

        // Her business plan reaches the plan stage (the engine's plan call is not the subject here).
        await FireAsync(app, beneficiaryId, BeneficiaryTrigger.SubmitPlan, ct);
        await ExpectFunnelAsync(page, accessibility, "5-plan-submitted", [1, 1, 1, 1, 0, 0, 0, 0]);

        // The award, on her page, with its reason.
        await page.GotoAsync($"/admin/startups/beneficiaries/{beneficiaryId}");
        await page.Locator("#reason").FillAsync("Plani i biznesit u vlerësua me 82 pikë.");
        await CheckAsync(page, "6-beneficiary", accessibility);
        await page.Locator($"button[name=trigger][value={BeneficiaryTrigger.Award}]").ClickAsync();
        await page.GotoAsync($"/admin/startups/grants/{beneficiaryId}");
        await Assertions.Expect(page.Locator("#grant-status")).ToHaveTextAsync("Grant awarded");
        await ExpectFunnelAsync(page, accessibility, "7-awarded", [1, 1, 1, 1, 1, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // Her equipment, then the hand-over with the signed protocol uploaded.
        await page.GotoAsync($"/admin/startups/grants/{beneficiaryId}");
        await page.Locator("#item").FillAsync("Sewing machine");
        await page.Locator("#supplier").FillAsync("Tekstil Malisheva");
        await page.Locator("#quantity").FillAsync("2");
        await page.Locator("#unitCost").FillAsync("850");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sewing machine");
        await page.Locator("#deliveredOn").FillAsync(Iso(today));
        await page.Locator("#protocol").SetInputFilesAsync(new FilePayload { Name = "protokolli.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await CheckAsync(page, "8-grant", accessibility);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the hand-over: equipment delivered" }).ClickAsync();
        await Assertions.Expect(page.Locator("#grant-status")).ToHaveTextAsync("Equipment delivered");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "protokolli.pdf" })).ToBeVisibleAsync();
        await ExpectFunnelAsync(page, accessibility, "9-delivered", [1, 1, 1, 1, 1, 1, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // Her business is registered: the public counter moves.
        await page.GotoAsync($"/admin/startups/grants/{beneficiaryId}");
        await page.Locator("#number").FillAsync("811234567");
        await page.Locator("#registeredOn").FillAsync(Iso(today));
        await page.Locator("#sector").SelectOptionAsync(Sectors.Design);
        await page.Locator("#jobsCreated").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(page.Locator("#grant-status")).ToHaveTextAsync("Business registered");
        await CheckAsync(page, "10-registered", accessibility);
        await ExpectFunnelAsync(page, accessibility, "11-registered", [1, 1, 1, 1, 1, 1, 1, 0]);
        await ExpectCounterAsync(page, componentPage, 1);

        // Three months on, the first monitoring visit is due and finds the business active.
        clock.Advance(TimeSpan.FromDays(100));
        await SignInAsync(page);
        await page.GotoAsync("/admin/startups/visits");
        await CheckAsync(page, "12-visits", accessibility);
        await page.Locator("main a[href^='/admin/startups/visits/']").First.ClickAsync();
        await page.Locator("#jobs").FillAsync("3");
        await page.Locator("#otherOfficials").FillAsync("Drita Krasniqi, Komuna e Malishevës");
        await page.Locator("#notes").FillAsync("Punëtoria punon çdo ditë.");
        await CheckAsync(page, "13-visit", accessibility);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the visit" }).ClickAsync();
        await Assertions.Expect(page.Locator("#business-status")).ToHaveTextAsync("Active");
        await ExpectFunnelAsync(page, accessibility, "14-active", [1, 1, 1, 1, 1, 1, 1, 1]);
        await ExpectCounterAsync(page, componentPage, 1);

        Assert.True(accessibility.Count == 0, string.Join("\n", accessibility));
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/culture?culture=en&returnUrl=/account/login");
        await page.Locator("input[name=Email]").FillAsync(IntegraAppFactory.AdminEmail);
        await page.Locator("input[name=Password]").FillAsync(IntegraAppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AdminHome());
    }

    /// <summary>The dashboard's funnel for Malisheva in call 1: applied, selected, trained, plan, awarded, delivered, registered, active.</summary>
    private static async Task ExpectFunnelAsync(IPage page, List<string> accessibility, string name, int[] counts)
    {
        await page.GotoAsync("/admin/startups");
        var cells = page.Locator(Row).Locator("td, th");
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync(new Regex("^Mali"));
        var shown = (await cells.AllInnerTextsAsync()).Skip(2).Take(counts.Length).Select(c => c.Trim());
        Assert.Equal(counts.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), shown);
        await CheckAsync(page, $"dashboard-{name}", accessibility);
    }

    /// <summary>The businesses established on component 2's public page, in Albanian.</summary>
    private static async Task ExpectCounterAsync(IPage page, string componentPage, int established)
    {
        await page.GotoAsync(componentPage);
        await Assertions.Expect(page.Locator(".component-counter", new() { HasText = "biznes" }).Locator("strong")).ToHaveTextAsync(new Regex($"^{established}( / |$)"));
    }

    private static async Task CheckAsync(IPage page, string name, List<string> failures)
    {
        var results = await page.RunAxe();
        failures.AddRange(results.Violations.Select(v => $"{name}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"startups-story-{name}.png"), FullPage = true });
    }

    /// <summary>Call 1 of component 2 on the engine with the component's defaults, and her application selected there and handed over.</summary>
    private static async Task<long> SelectedBeneficiaryAsync(IntegraAppFactory app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var applications = services.GetRequiredService<ApplicationsDbContext>();
        var setup = new CallSetup { CallId = "browser-c2-1", Component = StartUpsModule.Component, CallNumber = 1, PlacesJson = """{"malisheva": 5}""", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
        applications.Calls.Add(setup);
        await applications.SaveChangesAsync(ct);
        var form = new FormVersion { CallSetupId = setup.Id, Version = 1, SchemaJson = "{}", UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
        applications.FormVersions.Add(form);
        await applications.SaveChangesAsync(ct);
        Assert.True(await services.GetRequiredService<StartUpCalls>().UseAsGrantCallAsync(setup.Id, ct));
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-30);
        var person = await services.GetRequiredService<IPersonRegistry>().RecordAsync(new PersonDetails("Hana", "Morina", born, "F", "malisheva"), ct);
        var application = new Application { CallSetupId = setup.Id, Reference = "C2-1-0001", Status = ApplicationStatus.Selected, PersonId = person.Id, Municipality = "malisheva", Culture = "sq", FormVersionId = form.Id, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, SubmittedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
        applications.Applications.Add(application);
        await applications.SaveChangesAsync(ct);
        var handedOver = await services.GetRequiredService<ApplicationTransitions>().FireAsync(application.Id, ApplicationTrigger.HandOver, null, ct);
        Assert.True(handedOver.Succeeded, handedOver.Error);
        return await services.GetRequiredService<StartUpsDbContext>().Beneficiaries.Where(b => b.ApplicationId == application.Id).Select(b => b.Id).SingleAsync(ct);
    }

    private static async Task<string> ComponentPageAsync(IntegraAppFactory app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var pages = await scope.ServiceProvider.GetRequiredService<IContentManager>().ListPublishedAsync(new ContentQuery(CmsContentTypes.ComponentPage, "sq") { PageSize = 20 }, ct);
        return "/sq/components/" + pages.Items.Single(p => p.Number(CmsContentTypes.Fields.Number) == 2).Slug;
    }

    private static async Task FireAsync(IntegraAppFactory app, long beneficiaryId, BeneficiaryTrigger trigger, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var moved = await scope.ServiceProvider.GetRequiredService<BeneficiaryTransitions>().FireAsync(beneficiaryId, trigger, "Set up by the test", ct);
        Assert.True(moved.Succeeded, moved.Error);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Pdf()
    {
        var bytes = new byte[600];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    [GeneratedRegex("/admin$")]
    private static partial Regex AdminHome();
}
