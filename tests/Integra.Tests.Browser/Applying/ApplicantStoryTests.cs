using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Integra.Testing;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.Applying;

/// <summary>
/// The story of issue 4 in a real browser. The applicant, in Albanian: from the call page to an account, a two-step
/// form with a document, leaving and resuming on another device, submitting, the receipt and its e-mail, and the
/// status. Every form page is checked with axe, and looked at on a phone (360 px) as well. Then the call closes and
/// the staff take over (see the Staff part): screening, evaluators, scoring, the committee, the ranking and the
/// decision letter, the applicant's appeal and its decision.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ApplicantStoryTests(BrowserFixture browser)
{
    private const string Email = "arta.krasniqi@example.org";
    private const string Password = "Arta-Password-2026!";
    private const string Plan = "Dua të hap një punëtori për riparimin e telefonave në Malishevë.";

    [Fact]
    public async Task An_applicant_applies_staff_screen_evaluate_and_rank_it_and_the_applicant_appeals_the_decision()
    {
        var clock = new ShiftedClock();
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database) { Clock = clock };
        var accessibility = new List<string>();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        ConsoleWatch.Start(page, errors);

        // From the call page: signed out, "apply" leads to sign-in, which offers an account.
        await page.GotoAsync("/sq/calls/shembull-grante-biznesi-2");
        await page.Locator("a[href*='/applications/new']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl="));
        var loginUrl = page.Url;
        await page.Locator("a[href='/account/register']").First.ClickAsync();
        await page.Locator("input[name=DisplayName]").FillAsync("Arta Krasniqi");
        await page.Locator("input[name=Email]").FillAsync(Email);
        await page.Locator("input[name=Password]").FillAsync(Password);
        await page.Locator("input[name=ConfirmPassword]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/check-your-email$"));
        var confirmation = await app.Mailbox.WaitForAsync(Email);
        await page.GotoAsync(confirmation.LinkTo("/account/confirm-email"));

        // Signs in from the link with the call in its return URL, and lands on the form's first step.
        await page.GotoAsync(loginUrl);
        await SignInAsync(page);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sq/applications/\\d+/steps/about-you$"));
        await Assertions.Expect(page.GetByText("Hapi 1 nga 3")).ToBeVisibleAsync();
        await CheckAsync(page, "1-first-step", accessibility);

        // Step 1, with a mistake first: the summary at the top links to the field.
        await page.Locator("#f-first-name").FillAsync("Arta");
        await page.Locator("#f-last-name").FillAsync("Krasniqi");
        await page.Locator("#f-personal-number").FillAsync("12345");
        await page.Locator("#f-birth-date").FillAsync("1995-04-12");
        await page.Locator("#f-sex").CheckAsync();
        await page.Locator("#f-municipality").SelectOptionAsync("malisheva");
        await page.Locator("#f-phone").FillAsync("044 123 456");
        await page.Locator("#f-return-status").CheckAsync();
        await page.Locator("button[name=go][value=next]").ClickAsync();
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Numri personal: shkruani 10 shifrat");
        await Assertions.Expect(summary.Locator("a[href='#f-personal-number']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-personal-number")).ToHaveAttributeAsync("aria-describedby", new Regex("e-personal-number"));
        await CheckAsync(page, "2-step-with-error", accessibility);
        await page.Locator("#f-personal-number").FillAsync("1234567890");
        await page.Locator("button[name=go][value=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/steps/plans$"));

        // Step 2, saved as a draft; then the applicant leaves.
        await page.Locator("#f-plan").FillAsync(Plan);
        await page.Locator("button[name=go][value=save]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Përgjigjet tuaja janë ruajtur");
        await context.CloseAsync();

        // Another device: signs in, finds the application in "My applications", and continues where it was.
        await using var other = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        page = await other.NewPageAsync();
        ConsoleWatch.Start(page, errors);
        await page.GotoAsync("/account/login?ReturnUrl=%2Fsq%2Fapplications");
        await SignInAsync(page);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sq/applications$"));
        await page.Locator("main a[href*='/sq/applications/']").First.ClickAsync();
        await Assertions.Expect(page.Locator(".apply-status")).ToHaveTextAsync("Draft");
        await page.Locator("a[href$='/steps/about-you']").First.ClickAsync();
        await page.Locator("button[name=go][value=next]").ClickAsync();
        await Assertions.Expect(page.Locator("#f-plan")).ToHaveValueAsync(Plan);
        await page.Locator("button[name=go][value=next]").ClickAsync();

        // Step 3: the ID card as a PDF.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/steps/documents$"));
        await page.Locator("#f-id-card").SetInputFilesAsync(new FilePayload { Name = "leternjoftimi.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await page.Locator("button[name=go][value=upload]").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "leternjoftimi.pdf" })).ToBeVisibleAsync();
        await CheckAsync(page, "3-documents", accessibility);
        await page.Locator("button[name=go][value=next]").ClickAsync();

        // The review: every answer with a "change" link, the consent, then the submission.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/review$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Plan);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("+38344123456");
        await CheckAsync(page, "4-review", accessibility);
        await page.Locator("#consent").CheckAsync();
        await page.Locator("button[data-once]").ClickAsync();

        // The receipt, on screen and by e-mail.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/receipt\\?version=1$"));
        var reference = page.Locator(".apply-reference");
        await Assertions.Expect(reference).ToHaveTextAsync("C2-2-0001");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Këtë vërtetim ua kemi dërguar");
        await CheckAsync(page, "5-receipt", accessibility);
        var receipt = await app.Mailbox.WaitForAsync(Email, m => m.TextBody?.Contains("C2-2-0001", StringComparison.Ordinal) == true);
        Assert.Contains("C2-2-0001", receipt.TextBody, StringComparison.Ordinal);

        // The status: submitted, with its timeline and version.
        await page.Locator("a.btn-primary[href$='/applications/1']").ClickAsync();
        await Assertions.Expect(page.Locator(".apply-status")).ToHaveTextAsync("Dorëzuar");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Versioni 1");
        await CheckAsync(page, "6-status", accessibility);
        await other.CloseAsync();

        await StaffDecideAsync(app, clock, 1, errors, accessibility);

        Assert.True(accessibility.Count == 0, string.Join("\n", accessibility));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.Locator("input[name=Email]").FillAsync(Email);
        await page.Locator("input[name=Password]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
    }

    /// <summary>axe on the page, and screenshots at desktop and phone width to look at after the run.</summary>
    private static async Task CheckAsync(IPage page, string name, List<string> failures)
    {
        var results = await page.RunAxe();
        failures.AddRange(results.Violations.Select(v => $"{name}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        failures.AddRange(await UnformattedTextAsync(page, name));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"applicant-{name}.png"), FullPage = true });
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(360, 740);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"applicant-{name}-phone.png"), FullPage = true });
        var scrolls = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        if (scrolls)
        {
            failures.Add($"{name}: the page scrolls sideways at 360 px");
        }

        await page.SetViewportSizeAsync(size?.Width ?? 1280, size?.Height ?? 720);
    }

    private static byte[] Pdf()
    {
        var bytes = new byte[4096];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
