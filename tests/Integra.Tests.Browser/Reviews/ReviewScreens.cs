using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.Reviews;

/// <summary>An evaluator's account and the language they work in.</summary>
public sealed record Evaluator(string Email, string Culture);

/// <summary>
/// A call's review on the engine's screens, done as staff do it: screening, the evaluators' pool and assignment in
/// turn, each evaluator's declaration and score sheet, the committee's final score, the ranking and the decision
/// letters. The stories of issue 4 and of the component modules drive their calls through it; each step moves through
/// the call's tabs, so the officer's page must be on one of the call's review pages. <paramref name="check"/> looks at
/// every page reached (axe, a screenshot) under the step's name.
/// </summary>
public sealed class ReviewScreens(IBrowser browser, Uri server, IPage officer, long callSetupId, Func<IPage, string, Task> check)
{
    public const string StaffPassword = "Staff-Password-2026!";

    public string Root { get; } = $"/admin/reviews/calls/{callSetupId}";

    /// <summary>Called with each evaluator's page as it opens, e.g. to watch its console.</summary>
    public Action<IPage>? OnEvaluatorPage { get; init; }

    /// <summary>Signs a staff member in, choosing the admin's language first.</summary>
    public static async Task SignInAsync(IPage page, string email, string culture)
    {
        await page.GotoAsync($"/culture?culture={culture}&returnUrl=/account/login");
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=Password]").FillAsync(StaffPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin"));
    }

    /// <summary>From the list of calls under review to this call's applications.</summary>
    public async Task OpenAsync()
    {
        await officer.GotoAsync("/admin/reviews/calls");
        await check(officer, "calls");
        await officer.Locator($"main a[href='{Root}']").ClickAsync();
        await check(officer, "call-applications");
    }

    /// <summary>The application passes screening with the officer's reason, and leaves the screening list.</summary>
    public async Task PassScreeningAsync(long applicationId, string reference, string reason)
    {
        await TabAsync("screening");
        await Assertions.Expect(officer.Locator("main h2").First).ToContainTextAsync(reference);
        await officer.Locator($"#reason-{applicationId}").FillAsync(reason);
        await check(officer, "screening");
        await officer.Locator($"form[action$='/screening/{applicationId}'] button[value=pass]").ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("main")).Not.ToContainTextAsync(reference);
    }

    /// <summary>The evaluators join the call's pool and are assigned in turn; each is then named on the application's row.</summary>
    public async Task AssignInTurnAsync(IReadOnlyList<Evaluator> evaluators, string municipality, string reference)
    {
        await TabAsync("evaluators");
        foreach (var evaluator in evaluators)
        {
            await officer.Locator("#pool-user").SelectOptionAsync(new SelectOptionValue { Label = evaluator.Email });
            await officer.Locator("#pool-municipality").SelectOptionAsync(municipality);
            await officer.Locator($"form[action='{Root}/evaluators/pool'] button[type=submit]").ClickAsync();
            await Assertions.Expect(officer.Locator("#pool-title + table")).ToContainTextAsync(evaluator.Email);
        }

        await officer.Locator($"form[action='{Root}/evaluators/in-turn'] button").ClickAsync();
        var assigned = officer.Locator("section[aria-labelledby=assign-title] tbody tr", new() { HasText = reference });
        foreach (var evaluator in evaluators)
        {
            await Assertions.Expect(assigned).ToContainTextAsync(evaluator.Email);
        }

        await check(officer, "evaluators");
    }

    /// <summary>
    /// The evaluator, in their own browser, declares no conflict of interest and submits a score sheet: points per
    /// criterion, each with the comment. <paramref name="answer"/>, a text of the application, is hidden until the declaration.
    /// </summary>
    public async Task DeclareAndScoreAsync(Evaluator evaluator, string reference, string answer, IReadOnlyDictionary<string, int> points, string comment)
    {
        await using var own = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.ToString() });
        var page = await own.NewPageAsync();
        OnEvaluatorPage?.Invoke(page);
        await SignInAsync(page, evaluator.Email, evaluator.Culture);
        await page.GotoAsync("/admin/reviews/mine");
        await page.Locator("main a[href^='/admin/reviews/mine/']", new() { HasText = reference }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(answer);
        await check(page, $"declare-{evaluator.Culture}");
        await page.Locator("#declaration-none").CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/application$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(answer);
        foreach (var (criterion, given) in points)
        {
            await page.Locator($"#criterion-{criterion}-points").FillAsync(given.ToString(CultureInfo.InvariantCulture));
            await page.Locator($"#criterion-{criterion}-comment").FillAsync(comment);
        }

        await check(page, $"score-{evaluator.Culture}");
        await page.Locator("button[name=intent][value=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main .alert-success").Last).ToBeVisibleAsync();
    }

    /// <summary>
    /// The committee reads the evaluators' comments, finds their combined score proposed, and sets the final score with its reason.
    /// </summary>
    public async Task SetFinalScoreAsync(long applicationId, IEnumerable<string> comments, Regex proposed, decimal final, string reason)
    {
        await TabAsync("scores");
        await check(officer, "scores");
        await officer.Locator($"main a[href='{Root}/scores/{applicationId}']").ClickAsync();
        foreach (var comment in comments)
        {
            await Assertions.Expect(officer.Locator("main")).ToContainTextAsync(comment);
        }

        await Assertions.Expect(officer.Locator("#final")).ToHaveValueAsync(proposed);
        await officer.Locator("#final").FillAsync(final.ToString(CultureInfo.InvariantCulture));
        await officer.Locator("#reason").FillAsync(reason);
        await check(officer, "score-detail");
        await officer.Locator($"form[action='{Root}/scores/{applicationId}'] button").ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
    }

    /// <summary>The ranking, with the application under the expected outcome (e.g. "selected", "reserve").</summary>
    public async Task ExpectRankedAsync(string reference, string outcome)
    {
        await TabAsync("ranking");
        await Assertions.Expect(officer.Locator($"#outcome-{outcome} + table")).ToContainTextAsync(reference);
        await check(officer, "ranking");
    }

    /// <summary>The ranking confirmed as decisions, then the decision letters sent.</summary>
    public async Task DecideAndSendLettersAsync()
    {
        await officer.Locator($"form[action='{Root}/ranking/confirm'] button").ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await officer.Locator($"form[action='{Root}/ranking/letters'] button").ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await check(officer, "letters-sent");
    }

    private Task TabAsync(string tab) => officer.Locator($"a[href='{Root}/{tab}']").ClickAsync();
}
