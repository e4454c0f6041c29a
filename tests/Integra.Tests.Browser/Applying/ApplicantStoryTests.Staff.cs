using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Testing;
using Integra.Tests.Browser.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.Applying;

/// <summary>
/// The staff's part of the story: the call closes, a programme officer screens the application, two evaluators
/// (one working in Albanian, one in Serbian) declare no conflict and score it, the committee sets the final score
/// and confirms the ranking, the decision letter reaches the applicant, who appeals, and the appeal is decided.
/// The applicant's rival for Malisheva's single place is set up directly: she is not the subject of the story.
/// </summary>
public sealed partial class ApplicantStoryTests
{
    private const string OfficerEmail = "drita.berisha@integra.test";
    private const string ScreeningReason = "Aplikimi i plotëson të gjitha kushtet e thirrjes.";
    private const string CommitteeReason = "Komisioni pajtohet me vlerësuesit: plani është i qartë dhe i zbatueshëm.";
    private const string AppealText = "Kam përvojë pesëvjeçare në riparimin e telefonave, që vlerësuesit nuk e kanë marrë parasysh.";
    private const string AppealDecision = "Ankesa aprovohet: përvoja e dëshmuar e aplikueses i jep përparësi.";

    private static readonly (Evaluator Who, int Idea, int Experience, string Comment)[] Evaluators =
    [
        (new("besnik.evaluator@integra.test", "sq"), 8, 4, "Ide e qartë, me treg në Malishevë."),
        (new("milica.evaluator@integra.test", "sr-Latn"), 7, 3, "Dobra ideja, ali plan troškova je kratak."),
    ];

    private async Task StaffDecideAsync(IntegraAppFactory app, ShiftedClock clock, long applicationId, List<string> errors, List<string> accessibility)
    {
        var callSetupId = await PrepareReviewAsync(app, applicationId);
        await app.CreateUserAsync(OfficerEmail, ReviewScreens.StaffPassword, Roles.ProgrammeOfficer);
        foreach (var evaluator in Evaluators)
        {
            await app.CreateUserAsync(evaluator.Who.Email, ReviewScreens.StaffPassword, Roles.Evaluator);
        }

        // The call closes: the clock moves past its deadline.
        await CloseCallAsync(app, clock, callSetupId);

        // The programme officer, in Albanian, screens the application: it passes, with a reason.
        await using var staff = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var officer = await staff.NewPageAsync();
        ConsoleWatch.Start(officer, errors);
        await ReviewScreens.SignInAsync(officer, OfficerEmail, "sq");
        var review = new ReviewScreens(browser.Browser, app.ServerAddress, officer, callSetupId, (page, name) => StaffCheckAsync(page, name, accessibility))
        {
            OnEvaluatorPage = page => ConsoleWatch.Start(page, errors),
        };
        await officer.GotoAsync("/admin/reviews/calls");
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("mbyllur");
        await review.OpenAsync();
        await review.PassScreeningAsync(applicationId, "C2-2-0001", ScreeningReason);
        var screened = await app.Mailbox.WaitForAsync(Email, m => m.Subject?.Contains("I pranueshëm", StringComparison.Ordinal) == true);
        Assert.Contains(ScreeningReason, screened.TextBody, StringComparison.Ordinal);

        // Two evaluators join the call's pool and are assigned in turn; each declares no conflict of interest, then
        // scores the application with comments.
        await review.AssignInTurnAsync([.. Evaluators.Select(e => e.Who)], "prizren", "C2-2-0001");
        foreach (var evaluator in Evaluators)
        {
            await review.DeclareAndScoreAsync(evaluator.Who, "C2-2-0001", Plan,
                new Dictionary<string, int> { ["idea"] = evaluator.Idea, ["experience"] = evaluator.Experience }, evaluator.Comment);
        }

        // The committee looks at both score sheets and sets the final score, with its reason.
        await review.SetFinalScoreAsync(applicationId, Evaluators.Select(e => e.Comment), new Regex("^73\\.3"), 75, CommitteeReason);

        // The ranking: Malisheva has one place, which the rival's higher score takes; the applicant is on the reserve list.
        await review.ExpectRankedAsync("C2-2-0001", "reserve");
        await review.DecideAndSendLettersAsync();

        // The decision letter, in Albanian: the decision, the final score and rank, the reason and the appeal deadline.
        var letter = await app.Mailbox.WaitForAsync(Email, m => m.Subject?.StartsWith("Vendimi për aplikimin tuaj", StringComparison.Ordinal) == true);
        Assert.Contains("Vendimi për aplikimin tuaj: Në listën rezervë.", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Pikët përfundimtare: 75 nga 100. Renditja: 2.", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Arsyeja: Në vendin e 2 nga 2 në Malisheva (vende: 1). Pikët përfundimtare 75.", letter.TextBody, StringComparison.Ordinal);
        Assert.True(Regex.IsMatch(letter.TextBody ?? "", "deri më [^.]+ \\d{4}, \\d{2}:\\d{2}\\."), letter.TextBody);

        // The applicant appeals from the application's page.
        await using var applicant = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var mine = await applicant.NewPageAsync();
        ConsoleWatch.Start(mine, errors);
        await mine.GotoAsync($"/account/login?ReturnUrl=%2Fsq%2Fapplications%2F{applicationId}");
        await SignInAsync(mine);
        await Assertions.Expect(mine.Locator(".apply-status")).ToHaveTextAsync("Në listën rezervë");
        await mine.Locator($"a[href$='/applications/{applicationId}/appeal']").ClickAsync();
        await Assertions.Expect(mine.Locator("main")).ToContainTextAsync("Arsyeja: Në vendin e 2 nga 2 në Malisheva (vende: 1). Pikët përfundimtare 75.");
        await CheckAsync(mine, "7-appeal", accessibility);
        await mine.Locator("#Text").FillAsync(AppealText);
        await mine.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(mine.GetByRole(AriaRole.Status)).ToContainTextAsync("Po shqyrtohet");
        await app.Mailbox.WaitForAsync(Email, m => m.Subject?.StartsWith("E morëm ankesën tuaj", StringComparison.Ordinal) == true);

        // Staff uphold the appeal, with a reason.
        await officer.GotoAsync("/admin");
        await officer.Locator("nav a[href='/admin/reviews/appeals']").ClickAsync();
        await Assertions.Expect(officer.Locator("main blockquote")).ToHaveTextAsync(AppealText);
        await officer.Locator("main textarea[name=reason]").FillAsync(AppealDecision);
        await StaffCheckAsync(officer, "11-appeals", accessibility);
        await officer.Locator("main button[value=uphold]").ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await StaffCheckAsync(officer, "12-appeal-decided", accessibility);
        await officer.GotoAsync($"/admin/reviews/applications/{applicationId}");
        await Assertions.Expect(officer.Locator("main dl").Nth(1)).ToContainTextAsync("12.04.1995");
        await StaffCheckAsync(officer, "13-application", accessibility);
        var document = await officer.RunAndWaitForDownloadAsync(() => officer.GetByRole(AriaRole.Link, new() { Name = "leternjoftimi.pdf" }).ClickAsync());
        Assert.Equal("leternjoftimi.pdf", document.SuggestedFilename);

        // The applicant hears the outcome and sees it, with the whole timeline, on the status page.
        var outcome = await app.Mailbox.WaitForAsync(Email, m => m.Subject?.StartsWith("Vendimi për ankesën tuaj", StringComparison.Ordinal) == true);
        Assert.Contains(AppealDecision, outcome.TextBody, StringComparison.Ordinal);
        await mine.GotoAsync($"/sq/applications/{applicationId}");
        await Assertions.Expect(mine.Locator(".apply-status")).ToHaveTextAsync("I përzgjedhur");
        await Assertions.Expect(mine.Locator(".apply-deadline")).ToHaveCountAsync(0);
        var timeline = mine.Locator(".apply-timeline");
        foreach (var step in new[] { ScreeningReason, "Në vlerësim", "I vlerësuar", "Në listën rezervë", AppealText, AppealDecision })
        {
            await Assertions.Expect(timeline).ToContainTextAsync(step);
        }

        await CheckAsync(mine, "8-outcome", accessibility);
    }

    /// <summary>
    /// What the story takes as given: the review settings of the call (two evaluators, a two-criterion rubric),
    /// one place for Malisheva, and a rival from Malisheva whose application was already scored 90.
    /// </summary>
    private static async Task<long> PrepareReviewAsync(IntegraAppFactory app, long applicationId)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var arta = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == applicationId, cancel);
        var setup = await db.Calls.FirstAsync(c => c.Id == arta.CallSetupId, cancel);
        setup.PlacesJson = """{"malisheva": 1}""";
        var sequence = setup.NextSequence++;
        var answers = JsonNode.Parse(arta.AnswersJson!)!.AsObject();
        answers["first-name"] = "Besa";
        answers["last-name"] = "Gashi";
        answers["personal-number"] = "1234567891";
        answers["plan"] = "Një furrë buke në qendër të Malishevës, me produkte nga fermerët vendorë.";
        answers.Remove("id-card");
        var rival = new Application
        {
            CallSetupId = setup.Id,
            Reference = $"C{setup.Component}-{setup.CallNumber}-{sequence:0000}",
            Status = ApplicationStatus.Draft,
            Municipality = "malisheva",
            Culture = "sq",
            FormVersionId = arta.FormVersionId,
            AnswersJson = answers.ToJsonString(),
            CreatedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
            SubmittedUtc = DateTime.UtcNow,
            Revision = Guid.NewGuid(),
        };
        db.Applications.Add(rival);
        await db.SaveChangesAsync(cancel);
        var transitions = scope.ServiceProvider.GetRequiredService<ApplicationTransitions>();
        foreach (var trigger in new[] { ApplicationTrigger.Submit, ApplicationTrigger.PassScreening, ApplicationTrigger.StartReview })
        {
            Assert.True((await transitions.FireAsync(rival, trigger, "Set up by the test", cancel)).Succeeded);
        }

        rival.FinalScore = 90;
        Assert.True((await transitions.FireAsync(rival, ApplicationTrigger.CompleteScoring, "Set up by the test", cancel)).Succeeded);

        var reviews = scope.ServiceProvider.GetRequiredService<ReviewsDbContext>();
        reviews.Settings.Add(new CallReviewSettings
        {
            CallSetupId = setup.Id,
            EvaluatorsPerApplication = 2,
            PassMark = 50,
            CriteriaJson = Criterion.ListToJson(
            [
                new Criterion("idea", Text("The business idea", "Ideja e biznesit", "Poslovna ideja"), 2, 10),
                new Criterion("experience", Text("Experience", "Përvoja", "Iskustvo"), 1, 5),
            ]),
            UpdatedUtc = DateTime.UtcNow,
            Revision = Guid.NewGuid(),
        });
        await reviews.SaveChangesAsync(cancel);
        return setup.Id;
    }

    private static async Task CloseCallAsync(IntegraAppFactory app, ShiftedClock clock, long callSetupId)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var setup = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Calls.AsNoTracking().FirstAsync(c => c.Id == callSetupId, cancel);
        var closes = (await scope.ServiceProvider.GetRequiredService<CallSetups>().WindowAsync(setup, cancel)).ClosesUtc!.Value;
        clock.Advance(closes - clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1));
    }

    /// <summary>axe on a staff page, and a screenshot of it to look at after the run.</summary>
    private static async Task StaffCheckAsync(IPage page, string name, List<string> failures)
    {
        var results = await page.RunAxe();
        failures.AddRange(results.Violations.Select(v => $"staff-{name}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        failures.AddRange(await UnformattedTextAsync(page, $"staff-{name}"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-{name}.png"), FullPage = true });
    }

    /// <summary>A "{0}" left in the page or its title: a message shown without the values it was meant to hold.</summary>
    private static async Task<IEnumerable<string>> UnformattedTextAsync(IPage page, string name)
    {
        var text = await page.TitleAsync() + "\n" + await page.Locator("body").InnerTextAsync();
        return PlaceholderPattern().Matches(text).Select(m => $"{name}: unformatted text \"{m.Value}\"");
    }

    [GeneratedRegex("[^\n]{0,40}\\{\\d\\}[^\n]{0,40}")]
    private static partial Regex PlaceholderPattern();

    private static LocalizedText Text(string english, string albanian, string serbian) =>
        new() { ["en"] = english, ["sq"] = albanian, ["sr-Latn"] = serbian };
}
