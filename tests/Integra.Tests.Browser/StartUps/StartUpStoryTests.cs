using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Cms.Models;
using Integra.Contents.Services;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.StartUps;

/// <summary>
/// Component 2's story in a real browser (issue 5): call 1 opens with the component's defaults; a 30-year-old woman
/// from Malisheva applies in Albanian, with the grant call's business step; the call closes and staff screen her in;
/// once selected she is taken in, attends the training and completes it; she signs in again and submits her business
/// plan on the component's business plan call, linked to the grant call, which marks her plan submitted; the plan is
/// awarded; her equipment is delivered with the signed protocol uploaded; her business is registered and a monitoring
/// visit finds it active. At every step the component's dashboard funnel and the public counter of businesses
/// established on component 2's page move as they should. Staff pages are checked with axe. Scoring and ranking on the
/// engine, and setting up the plan call, are done directly: issue 4's story drives those screens.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StartUpStoryTests(BrowserFixture browser)
{
    private const string ApplicantEmail = "hana.morina@example.org";
    private const string ApplicantPassword = "Hana-Password-2026!";
    private const string Row = "tr[data-call='C2-1'][data-municipality='malisheva']";

    [Fact]
    public async Task A_woman_from_Malisheva_applies_and_becomes_an_active_business_while_the_dashboard_and_public_counter_follow()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new ShiftedClock();
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database) { Clock = clock };
        var callSetupId = await FirstCallAsync(app, ct);
        await app.CreateUserAsync(ApplicantEmail, ApplicantPassword, Roles.Applicant);
        var componentPage = await ComponentPageAsync(app, ct);
        var accessibility = new List<string>();

        // She applies in Albanian from the call's page: about her, her plans, her business idea, her ID card.
        await using (var own = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() }))
        {
            var mine = await own.NewPageAsync();
            await mine.GotoAsync("/sq/calls/shembull-grante-biznesi-2");
            await mine.Locator("a[href*='/applications/new']").First.ClickAsync();
            await mine.Locator("input[name=Email]").FillAsync(ApplicantEmail);
            await mine.Locator("input[name=Password]").FillAsync(ApplicantPassword);
            await mine.Locator("main form button[type=submit]").First.ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/sq/applications/\\d+/steps/about-you$"));
            await mine.Locator("#f-first-name").FillAsync("Hana");
            await mine.Locator("#f-last-name").FillAsync("Morina");
            await mine.Locator("#f-personal-number").FillAsync("1234567890");
            await mine.Locator("#f-birth-date").FillAsync(Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-30).AddDays(-10)));
            await mine.Locator("#q-sex input[value='F']").CheckAsync();
            await mine.Locator("#f-municipality").SelectOptionAsync("malisheva");
            await mine.Locator("#f-phone").FillAsync("044 123 456");
            await mine.Locator("#q-return-status input").First.CheckAsync();
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/steps/plans$"));
            await mine.Locator("#f-plan").FillAsync("Dua të hap një punëtori rrobaqepësie në Malishevë.");
            await mine.Locator("#f-experience").FillAsync("Kam punuar tetë vjet si rrobaqepëse në Gjermani.");
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/steps/business$"));
            await mine.Locator("#f-business-idea").FillAsync("Një punëtori rrobaqepësie që qep dhe riparon rroba për familjet dhe shkollat e Malishevës.");
            await mine.Locator($"#q-sector input[value='{Sectors.Design}']").CheckAsync();
            await mine.Locator("#f-market-gap").FillAsync("Në Malishevë nuk ka rrobaqepëse që punon me porosi.");
            await mine.Locator("#f-equipment").FillAsync("Dy makina qepëse industriale, 850 euro secila.");
            await mine.Locator("#f-equipment-total").FillAsync("1700");
            await mine.Locator("#f-co-financing").CheckAsync();
            await CheckAsync(mine, "0-business-step", accessibility);
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/steps/documents$"));
            await mine.Locator("#f-id-card").SetInputFilesAsync(new FilePayload { Name = "leternjoftimi.pdf", MimeType = "application/pdf", Buffer = Pdf() });
            await mine.Locator("button[name=go][value=upload]").First.ClickAsync();
            await Assertions.Expect(mine.GetByRole(AriaRole.Link, new() { Name = "leternjoftimi.pdf" })).ToBeVisibleAsync();
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/review$"));
            await mine.Locator("#consent").CheckAsync();
            await mine.Locator("button[data-once]").ClickAsync();
            await Assertions.Expect(mine.Locator(".apply-reference")).ToHaveTextAsync("C2-1-0001");
        }

        var applicationId = await ApplicationIdAsync(app, callSetupId, ct);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        await ExpectFunnelAsync(page, accessibility, "0-applied", [1, 0, 0, 0, 0, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // The call closes; staff screen her application in, with a reason.
        await CloseCallAsync(app, clock, callSetupId, ct);
        await SignInAsync(page);
        await page.GotoAsync($"/admin/reviews/calls/{callSetupId}/screening");
        await page.Locator($"#reason-{applicationId}").FillAsync("Aplikimi i plotëson të gjitha kushtet e thirrjes.");
        await CheckAsync(page, "0-screening", accessibility);
        await page.Locator($"form[action$='/screening/{applicationId}'] button[value=pass]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        // Scoring and ranking are the engine's (issue 4's story): here she is scored and selected directly.
        await EngineAsync(app, applicationId, ct, ApplicationTrigger.StartReview, ApplicationTrigger.CompleteScoring, ApplicationTrigger.Select);

        // Staff take the selected applicants of the call in as beneficiaries.
        await page.GotoAsync("/admin/startups/beneficiaries");
        await page.Locator($"form[action='/admin/startups/beneficiaries/take-in/{callSetupId}'] button").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Hana Morina");
        var beneficiaryId = await BeneficiaryIdAsync(app, applicationId, ct);

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

        // The business plan call opens; she signs in again and submits her plan there, in Albanian.
        var planCall = await PlanCallAsync(app, clock, callSetupId, ct);
        await using (var own = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() }))
        {
            var mine = await own.NewPageAsync();
            await mine.GotoAsync($"/sq/applications/new?call={planCall}");
            await mine.Locator("input[name=Email]").FillAsync(ApplicantEmail);
            await mine.Locator("input[name=Password]").FillAsync(ApplicantPassword);
            await mine.Locator("main form button[type=submit]").First.ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/sq/applications/\\d+/steps/about-you$"));
            await Assertions.Expect(mine.Locator("#f-first-name")).ToHaveValueAsync("Hana");
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/steps/plans$"));
            await mine.Locator("#f-plan").FillAsync("Dua të hap një punëtori rrobaqepësie në Malishevë.");
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/steps/business-plan$"));
            await mine.Locator("#f-plan-summary").FillAsync("Do të qep dhe riparoj rroba me porosi për familjet dhe uniforma për shkollat e Malishevës, sepse sot ato duhet të shkojnë deri në Prizren.");
            await mine.Locator($"#q-sector input[value='{Sectors.Design}']").CheckAsync();
            await mine.Locator("#f-market").FillAsync("Në Malishevë nuk ka rrobaqepëse që punon me porosi; më e afërta është në Rahovec.");
            await mine.Locator("#f-operations").FillAsync("Një lokal i vogël në qendër, pëlhura nga Prishtina, unë dhe një ndihmëse.");
            await mine.Locator("#f-equipment").FillAsync("Dy makina qepëse industriale nga Tekstil Malisheva, 850 euro secila.");
            await mine.Locator("#f-monthly-revenue").FillAsync("1200");
            await mine.Locator("#f-monthly-costs").FillAsync("700");
            await mine.Locator("#f-jobs").FillAsync("2");
            await CheckAsync(mine, "5-business-plan-step", accessibility);
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/steps/documents$"));
            await mine.Locator("#f-id-card").SetInputFilesAsync(new FilePayload { Name = "leternjoftimi.pdf", MimeType = "application/pdf", Buffer = Pdf() });
            await mine.Locator("button[name=go][value=upload]").First.ClickAsync();
            await Assertions.Expect(mine.GetByRole(AriaRole.Link, new() { Name = "leternjoftimi.pdf" })).ToBeVisibleAsync();
            await mine.Locator("button[name=go][value=next]").ClickAsync();
            await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/review$"));
            await mine.Locator("#consent").CheckAsync();
            await mine.Locator("button[data-once]").ClickAsync();
            await Assertions.Expect(mine.Locator(".apply-reference")).ToHaveTextAsync(new Regex("^C2-2-"));
        }

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

    /// <summary>Component 2's open example call on the engine as its call 1, with the component's defaults and five places in Malisheva.</summary>
    private static async Task<long> FirstCallAsync(IntegraAppFactory app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var calls = await services.GetRequiredService<IContentManager>().ListPublishedAsync(new ContentQuery(CmsContentTypes.Call, "sq") { PageSize = 50 }, ct);
        var call = calls.Items.Single(c => c.Text(CmsContentTypes.Fields.Component) == StartUpsModule.Component);
        var setup = await services.GetRequiredService<CallSetups>().GetOrCreateAsync(call, ct);
        var applications = services.GetRequiredService<ApplicationsDbContext>();
        var tracked = await applications.Calls.SingleAsync(c => c.Id == setup.Id, ct);
        tracked.CallNumber = 1;
        tracked.PlacesJson = """{"malisheva": 5}""";
        await applications.SaveChangesAsync(ct);
        Assert.True(await services.GetRequiredService<StartUpCalls>().UseAsGrantCallAsync(setup.Id, ct));
        return setup.Id;
    }

    /// <summary>
    /// A second call of component 2, open from yesterday for a month at the story's clock, used as the business plan call
    /// of <paramref name="grantCallSetupId"/>; returns its content item id for the apply link.
    /// </summary>
    private static async Task<string> PlanCallAsync(IntegraAppFactory app, ShiftedClock clock, long grantCallSetupId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var content = services.GetRequiredService<IContentManager>();
        var now = clock.GetUtcNow().UtcDateTime;
        var call = content.New(CmsContentTypes.Call, "sq");
        call.DisplayText = "Thirrje për plane biznesi (komponenti 2)";
        call.Slug = "thirrje-per-plane-biznesi-2";
        call.Data["fields"] = new System.Text.Json.Nodes.JsonObject
        {
            [CmsContentTypes.Fields.Component] = StartUpsModule.Component,
            [CmsContentTypes.Fields.CallNumber] = 2,
            [CmsContentTypes.Fields.OpensAt] = Instant(now.AddDays(-1)),
            [CmsContentTypes.Fields.ClosesAt] = Instant(now.AddDays(30)),
            [CmsContentTypes.Fields.WhoMayApply] = "Të trajnuarit e thirrjes së parë.",
        };
        var published = await content.PublishAsync(call, null, ct);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => $"{e.Key}: {e.Value}")));
        var setup = await services.GetRequiredService<CallSetups>().GetOrCreateAsync(published.Item!, ct);
        Assert.True(await services.GetRequiredService<StartUpCalls>().UseAsPlanCallAsync(setup.Id, grantCallSetupId, ct));
        return published.Item!.ContentItemId;
    }

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task CloseCallAsync(IntegraAppFactory app, ShiftedClock clock, long callSetupId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var setup = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Calls.AsNoTracking().SingleAsync(c => c.Id == callSetupId, ct);
        var closes = (await scope.ServiceProvider.GetRequiredService<CallSetups>().WindowAsync(setup, ct)).ClosesUtc!.Value;
        clock.Advance(closes - clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1));
    }

    private static async Task<long> ApplicationIdAsync(IntegraAppFactory app, long callSetupId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.Where(a => a.CallSetupId == callSetupId).Select(a => a.Id).SingleAsync(ct);
    }

    private static async Task<long> BeneficiaryIdAsync(IntegraAppFactory app, long applicationId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StartUpsDbContext>().Beneficiaries.Where(b => b.ApplicationId == applicationId).Select(b => b.Id).SingleAsync(ct);
    }

    private static async Task EngineAsync(IntegraAppFactory app, long applicationId, CancellationToken ct, params ApplicationTrigger[] triggers)
    {
        foreach (var trigger in triggers)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var transitions = scope.ServiceProvider.GetRequiredService<ApplicationTransitions>();
            var application = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.SingleAsync(a => a.Id == applicationId, ct);
            if (trigger == ApplicationTrigger.CompleteScoring)
            {
                application.FinalScore = 82;
            }

            var moved = await transitions.FireAsync(application, trigger, "Set up by the test", ct);
            Assert.True(moved.Succeeded, moved.Error);
        }
    }

    private static async Task<string> ComponentPageAsync(IntegraAppFactory app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var pages = await scope.ServiceProvider.GetRequiredService<IContentManager>().ListPublishedAsync(new ContentQuery(CmsContentTypes.ComponentPage, "sq") { PageSize = 20 }, ct);
        return "/sq/components/" + pages.Items.Single(p => p.Number(CmsContentTypes.Fields.Number) == 2).Slug;
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
