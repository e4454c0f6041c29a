using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Integra.Core.Security;
using Integra.StartUps.Services;
using Integra.Testing;
using Integra.Tests.Browser.Reviews;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.StartUps;

/// <summary>
/// Component 2's story in a real browser (issue 5). The editor publishes call 1 on the website; the programme officer
/// makes it the component's grant call with its defaults and gives Malisheva five places; a 30-year-old woman from
/// Malisheva applies in Albanian from the call's page; the call closes and the officer screens her in, two evaluators
/// declare no conflict and score her with the component's rubric, the committee sets the final score and the ranking
/// selects her; the decision letter reaches her.
/// The officer takes her in, she attends the training and completes it, and downloads her certificate. The business plan
/// call is published and linked to call 1; she submits her plan there; the plan call closes and goes through the same
/// review, whose selection awards her grant, and the award letter reaches her in Albanian. Her equipment is delivered
/// with the signed protocol uploaded, her business is registered and a monitoring visit finds it active; her success
/// story, refused without her written consent, is published with it and shown on component 2's page. At every step the
/// component's dashboard funnel and the public counter of businesses established move as they should; staff pages are
/// checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StartUpStoryTests(BrowserFixture browser)
{
    private const string ApplicantEmail = "hana.morina@example.org";
    private const string ApplicantPassword = "Hana-Password-2026!";
    private const string OfficerEmail = "drita.berisha@integra.test";
    private const string EditorEmail = "arben.editor@integra.test";
    private const string Row = "tr[data-call='C2-1'][data-municipality='malisheva']";
    private const string BusinessIdea = "Një punëtori rrobaqepësie që qep dhe riparon rroba për familjet dhe shkollat e Malishevës.";
    private const string PlanSummary = "Do të qep dhe riparoj rroba me porosi për familjet dhe uniforma për shkollat e Malishevës, sepse sot ato duhet të shkojnë deri në Prizren.";

    private static readonly CallPage GrantCall = new(
        "Thirrje për grante biznesi – thirrja e parë (komponenti 2)", "grante-biznesi-thirrja-1", 1,
        "Trajnim për planifikimin e biznesit dhe pajisje në vlerë prej 2.500 euro për biznese të reja.",
        "Gratë e moshës 18–65 vjeç dhe burrat e moshës 18–35 vjeç që duan të hapin biznesin e tyre.");

    private static readonly CallPage PlanCall = new(
        "Thirrje për plane biznesi – thirrja e parë (komponenti 2)", "plane-biznesi-thirrja-1", 2,
        "Të trajnuarit e thirrjes së parë dorëzojnë planin e tyre të biznesit; planet më të mira marrin pajisjet.",
        "Të trajnuarit e thirrjes së parë.");

    /// <summary>Console errors, CSP violations and failed assets of every page the story opens.</summary>
    private readonly List<string> _pageErrors = [];

    [Fact]
    public async Task A_woman_from_Malisheva_applies_to_call_1_and_becomes_an_active_business_while_the_dashboard_and_public_counter_follow()
    {
        var clock = new ShiftedClock();
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database) { Clock = clock };
        await app.CreateUserAsync(ApplicantEmail, ApplicantPassword, Roles.Applicant);
        await app.CreateUserAsync(OfficerEmail, ReviewScreens.StaffPassword, Roles.ProgrammeOfficer);
        await app.CreateUserAsync(EditorEmail, ReviewScreens.StaffPassword, Roles.Editor);
        foreach (var evaluator in Evaluators)
        {
            await app.CreateUserAsync(evaluator.Who.Email, ReviewScreens.StaffPassword, Roles.Evaluator);
        }

        var accessibility = new List<string>();
        // The programme officer runs the component; the website's editor publishes its calls and stories.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        ConsoleWatch.Start(page, _pageErrors);
        await SignInAsync(page);
        var componentPage = await ComponentPageAsync(page);
        await using var editing = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var editor = await editing.NewPageAsync();
        ConsoleWatch.Start(editor, _pageErrors);
        await ReviewScreens.SignInAsync(editor, EditorEmail, "en");

        // Call 1 opens: the editor publishes it; the officer makes it component 2's grant call with the defaults and gives
        // Malisheva five places.
        var opened = clock.GetUtcNow().UtcDateTime;
        var grantCall = await PublishCallAsync(editor, page, GrantCall, opened.AddDays(-1), opened.AddDays(20));
        await page.GotoAsync("/admin/startups/calls");
        await page.Locator($"form[action='/admin/startups/calls/{grantCall}/grant'] button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("C2-1 · Grant call");
        await Assertions.Expect(page.Locator(".admin-menu a[aria-current=page]")).ToHaveTextAsync(["Component 2 calls"]);
        await CheckAsync(page, "0-call-settings", accessibility);
        await page.GetByRole(AriaRole.Link, new() { Name = "Engine call setup" }).ClickAsync();
        await Assertions.Expect(page.Locator("#WomenMaxAge")).ToHaveValueAsync("65");
        await Assertions.Expect(page.Locator("#MenMaxAge")).ToHaveValueAsync("35");
        await page.Locator("#places-malisheva").FillAsync("5");
        await page.Locator("#ConsentSq").FillAsync("Pajtohem që të dhënat e mia të përdoren për shqyrtimin e aplikimit dhe për ndjekjen e biznesit tim nga projekti INTEGRA.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save setup" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The call's setup is saved.");
        await Assertions.Expect(page.Locator("#places-malisheva")).ToHaveValueAsync("5");
        await ExpectFunnelAsync(page, accessibility, "0-opened", [0, 0, 0, 0, 0, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // She applies in Albanian from the call's page: about her, her plans, her business idea, her ID card.
        long applicationId;
        await using (var own = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() }))
        {
            var mine = await own.NewPageAsync();
            ConsoleWatch.Start(mine, _pageErrors);
            await mine.GotoAsync($"/sq/calls/{GrantCall.Slug}");
            await Assertions.Expect(mine.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(GrantCall.Title);
            await mine.Locator("a[href*='/applications/new']").First.ClickAsync();
            applicationId = await SignInToApplyAsync(mine);
            await mine.Locator("#f-first-name").FillAsync("Hana");
            await mine.Locator("#f-last-name").FillAsync("Morina");
            await mine.Locator("#f-personal-number").FillAsync("1234567890");
            await mine.Locator("#f-birth-date").FillAsync(Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-30).AddDays(-10)));
            await mine.Locator("#q-sex input[value='F']").CheckAsync();
            await mine.Locator("#f-municipality").SelectOptionAsync("malisheva");
            await mine.Locator("#f-phone").FillAsync("044 123 456");
            await mine.Locator("#q-return-status input").First.CheckAsync();
            await NextStepAsync(mine, "plans");
            await mine.Locator("#f-plan").FillAsync("Dua të hap një punëtori rrobaqepësie në Malishevë.");
            await mine.Locator("#f-experience").FillAsync("Kam punuar tetë vjet si rrobaqepëse në Gjermani.");
            await NextStepAsync(mine, "business");
            await mine.Locator("#f-business-idea").FillAsync(BusinessIdea);
            await mine.Locator($"#q-sector input[value='{Sectors.Design}']").CheckAsync();
            await mine.Locator("#f-market-gap").FillAsync("Në Malishevë nuk ka rrobaqepëse që punon me porosi.");
            await mine.Locator("#f-equipment").FillAsync("Dy makina qepëse industriale, 850 euro secila.");
            await mine.Locator("#f-equipment-total").FillAsync("1700");
            await mine.Locator("#f-co-financing").CheckAsync();
            await CheckAsync(mine, "0-business-step", accessibility);
            await NextStepAsync(mine, "documents");
            await SubmitWithIdCardAsync(mine, "C2-1-0001");
        }

        await ExpectFunnelAsync(page, accessibility, "0-applied", [1, 0, 0, 0, 0, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // Call 1 closes; staff screen, score, rank and decide on the engine's review screens: she is selected for the training.
        clock.Advance(TimeSpan.FromDays(21));
        await SignInAsync(page);
        await ReviewAsync(app, page, grantCall, applicationId, "C2-1-0001", BusinessIdea, 80, accessibility, "1-grant");
        var letter = await app.Mailbox.WaitForAsync(ApplicantEmail, m => m.Subject?.StartsWith("Vendimi për aplikimin tuaj", StringComparison.Ordinal) == true);
        Assert.Contains("Vendimi për aplikimin tuaj: I përzgjedhur.", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Pikët përfundimtare: 80 nga 100. Renditja: 1.", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Në vendin e 1 nga 1 në Malisheva (vende: 5).", letter.TextBody, StringComparison.Ordinal);

        // Staff take the selected applicants of the call in as beneficiaries.
        await page.GotoAsync("/admin/startups/beneficiaries");
        await page.Locator($"form[action='/admin/startups/beneficiaries/take-in/{grantCall}'] button").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Hana Morina");
        var beneficiary = await page.GetByRole(AriaRole.Link, new() { Name = "C2-1-0001", Exact = true }).GetAttributeAsync("href");
        Assert.Matches("^/admin/startups/beneficiaries/\\d+$", beneficiary);
        var grantPage = beneficiary!.Replace("/beneficiaries/", "/grants/", StringComparison.Ordinal);

        // Taken in: she counts as applied and selected for training; no business yet.
        await ExpectFunnelAsync(page, accessibility, "1-selected", [1, 1, 0, 0, 0, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // The trainer runs her cohort: one session, the register, completion.
        await page.GotoAsync("/admin/startups/training");
        await page.GetByLabel("Municipality").SelectOptionAsync("malisheva");
        await page.GetByLabel("Name (optional)").FillAsync("Malisheva, spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create cohort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Malisheva, spring");
        await page.GetByLabel("Date").FillAsync(Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
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
        await ExpectCounterAsync(page, componentPage, 0);

        // The editor publishes the business plan call; the officer makes it call 1's plan stage.
        await ReviewScreens.SignInAsync(editor, EditorEmail, "en");
        var planOpened = clock.GetUtcNow().UtcDateTime;
        var planCall = await PublishCallAsync(editor, page, PlanCall, planOpened.AddDays(-1), planOpened.AddDays(30));
        await page.GotoAsync("/admin/startups/calls");
        await page.Locator($"#grant-{planCall}").SelectOptionAsync(grantCall.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"form[action='/admin/startups/calls/{planCall}/plan'] button").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("C2-2-P · Business plan call");

        // She downloads her certificate, then, still signed in, submits her plan from the plan call's page, in Albanian.
        long planApplicationId;
        await using (var own = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() }))
        {
            var mine = await own.NewPageAsync();
            ConsoleWatch.Start(mine, _pageErrors);
            await DownloadCertificateAsync(mine, "C2-1-0001", "Hana Morina", accessibility);
            await mine.GotoAsync($"/sq/calls/{PlanCall.Slug}");
            await mine.Locator("a[href*='/applications/new']").First.ClickAsync();
            planApplicationId = await FirstStepAsync(mine);
            Assert.NotEqual(applicationId, planApplicationId);
            await Assertions.Expect(mine.Locator("#f-first-name")).ToHaveValueAsync("Hana");
            await NextStepAsync(mine, "plans");
            await mine.Locator("#f-plan").FillAsync("Dua të hap një punëtori rrobaqepësie në Malishevë.");
            await NextStepAsync(mine, "business-plan");
            await mine.Locator("#f-plan-summary").FillAsync(PlanSummary);
            await mine.Locator($"#q-sector input[value='{Sectors.Design}']").CheckAsync();
            await mine.Locator("#f-market").FillAsync("Në Malishevë nuk ka rrobaqepëse që punon me porosi; më e afërta është në Rahovec.");
            await mine.Locator("#f-operations").FillAsync("Një lokal i vogël në qendër, pëlhura nga Prishtina, unë dhe një ndihmëse.");
            await mine.Locator("#f-equipment").FillAsync("Dy makina qepëse industriale nga Tekstil Malisheva, 850 euro secila.");
            await mine.Locator("#f-monthly-revenue").FillAsync("1200");
            await mine.Locator("#f-monthly-costs").FillAsync("700");
            await mine.Locator("#f-jobs").FillAsync("2");
            await CheckAsync(mine, "5-business-plan-step", accessibility);
            await NextStepAsync(mine, "documents");
            await SubmitWithIdCardAsync(mine, "C2-2-0001");
        }

        await ExpectFunnelAsync(page, accessibility, "5-plan-submitted", [1, 1, 1, 1, 0, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // The plan call closes and its review selects her plan against Malisheva's places: the selection awards her grant.
        clock.Advance(TimeSpan.FromDays(31));
        await SignInAsync(page);
        await ReviewAsync(app, page, planCall, planApplicationId, "C2-2-0001", PlanSummary, 82, accessibility, "6-plan");
        // The plan call took call 1's places per municipality: Malisheva's five.
        var planLetter = await app.Mailbox.WaitForAsync(ApplicantEmail, m => m.Subject?.StartsWith("Vendimi për aplikimin tuaj", StringComparison.Ordinal) == true
            && m.TextBody?.Contains("Pikët përfundimtare: 82 nga 100. Renditja: 1.", StringComparison.Ordinal) == true);
        Assert.Contains("Në vendin e 1 nga 1 në Malisheva (vende: 5).", planLetter.TextBody, StringComparison.Ordinal);
        var award = await app.Mailbox.WaitForAsync(ApplicantEmail, m => m.Subject == "Biznesit tuaj i është dhënë një grant në pajisje");
        Assert.StartsWith("I/E nderuar Hana Morina, planit tuaj të biznesit i është dhënë një grant në pajisje.", award.TextBody, StringComparison.Ordinal);
        await page.GotoAsync(grantPage);
        await Assertions.Expect(page.Locator("#grant-status")).ToHaveTextAsync("Grant awarded");
        await ExpectFunnelAsync(page, accessibility, "7-awarded", [1, 1, 1, 1, 1, 0, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // Her equipment, then the hand-over with the signed protocol uploaded.
        var today = Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await page.GotoAsync(grantPage);
        await page.Locator("#item").FillAsync("Sewing machine");
        await page.Locator("#supplier").FillAsync("Tekstil Malisheva");
        await page.Locator("#quantity").FillAsync("2");
        await page.Locator("#unitCost").FillAsync("850");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sewing machine");
        await page.Locator("#deliveredOn").FillAsync(today);
        await page.Locator("#protocol").SetInputFilesAsync(new FilePayload { Name = "protokolli.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await CheckAsync(page, "8-grant", accessibility);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the hand-over: equipment delivered" }).ClickAsync();
        await Assertions.Expect(page.Locator("#grant-status")).ToHaveTextAsync("Equipment delivered");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "protokolli.pdf" })).ToBeVisibleAsync();
        await ExpectFunnelAsync(page, accessibility, "9-delivered", [1, 1, 1, 1, 1, 1, 0, 0]);
        await ExpectCounterAsync(page, componentPage, 0);

        // Her business is registered: the public counter moves.
        await page.GotoAsync(grantPage);
        await page.Locator("#number").FillAsync("811234567");
        await page.Locator("#registeredOn").FillAsync(today);
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

        // Her success story: refused without her written consent, published with it, and shown on component 2's page.
        await ReviewScreens.SignInAsync(editor, EditorEmail, "en");
        await PublishSuccessStoryAsync(editor, componentPage, accessibility);

        Assert.True(accessibility.Count == 0, string.Join("\n", accessibility));
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    /// <summary>Signs in from the apply link and lands on the form's first step; returns the new application's id.</summary>
    private static async Task<long> SignInToApplyAsync(IPage mine)
    {
        await mine.Locator("input[name=Email]").FillAsync(ApplicantEmail);
        await mine.Locator("input[name=Password]").FillAsync(ApplicantPassword);
        await mine.Locator("main form button[type=submit]").First.ClickAsync();
        return await FirstStepAsync(mine);
    }

    /// <summary>The form's first step of a new application; returns the application's id.</summary>
    private static async Task<long> FirstStepAsync(IPage mine)
    {
        await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/sq/applications/\\d+/steps/about-you$"));
        return long.Parse(Regex.Match(mine.Url, "/applications/(\\d+)/").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task NextStepAsync(IPage mine, string step)
    {
        await mine.Locator("button[name=go][value=next]").ClickAsync();
        await Assertions.Expect(mine).ToHaveURLAsync(new Regex($"/steps/{step}$"));
    }

    /// <summary>The documents step with her ID card, the review with her consent, and the receipt's reference.</summary>
    private static async Task SubmitWithIdCardAsync(IPage mine, string reference)
    {
        await mine.Locator("#f-id-card").SetInputFilesAsync(new FilePayload { Name = "leternjoftimi.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await mine.Locator("button[name=go][value=upload]").First.ClickAsync();
        await Assertions.Expect(mine.GetByRole(AriaRole.Link, new() { Name = "leternjoftimi.pdf" })).ToBeVisibleAsync();
        await mine.Locator("button[name=go][value=next]").ClickAsync();
        await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/review$"));
        await mine.Locator("#consent").CheckAsync();
        await mine.Locator("button[data-once]").ClickAsync();
        await Assertions.Expect(mine.Locator(".apply-reference")).ToHaveTextAsync(reference);
    }

    /// <summary>The programme officer signs in, in English.</summary>
    private static Task SignInAsync(IPage page) => ReviewScreens.SignInAsync(page, OfficerEmail, "en");

    /// <summary>The dashboard's funnel for Malisheva in call 1: applied, selected, trained, plan, awarded, delivered, registered, active.</summary>
    private static async Task ExpectFunnelAsync(IPage page, List<string> accessibility, string name, int[] counts)
    {
        await page.GotoAsync("/admin/startups");
        var cells = page.Locator(Row).Locator("td, th");
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync(new Regex("^Mali"));
        var shown = (await cells.AllInnerTextsAsync()).Skip(2).Take(counts.Length).Select(c => c.Trim());
        Assert.Equal(counts.Select(c => c.ToString(CultureInfo.InvariantCulture)), shown);
        await CheckAsync(page, $"dashboard-{name}", accessibility);
    }

    /// <summary>The businesses established on component 2's public page, in Albanian.</summary>
    private static async Task ExpectCounterAsync(IPage page, string componentPage, int established)
    {
        await page.GotoAsync(componentPage);
        await Assertions.Expect(page.Locator(".component-counter", new() { HasText = "biznes" }).Locator("strong")).ToHaveTextAsync(new Regex($"^{established}( / |$)"));
    }

    /// <summary>axe on the page, and a screenshot of it to look at after the run.</summary>
    private static async Task CheckAsync(IPage page, string name, List<string> failures)
    {
        var results = await page.RunAxe();
        failures.AddRange(results.Violations.Select(v => $"{name}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"startups-story-{name}.png"), FullPage = true });
    }

    /// <summary>Component 2's public page in Albanian, as the home page links it.</summary>
    private static async Task<string> ComponentPageAsync(IPage page)
    {
        await page.GotoAsync("/sq");
        var href = await page.Locator("main a[href^='/sq/components/']", new() { HasTextRegex = new Regex("^Komponenti 2:") }).GetAttributeAsync("href");
        Assert.NotNull(href);
        return href;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static byte[] Pdf()
    {
        var bytes = new byte[600];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
