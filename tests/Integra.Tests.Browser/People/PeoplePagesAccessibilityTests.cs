using Deque.AxeCore.Playwright;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.People;

[Collection(BrowserCollection.Name)]
public sealed class PeoplePagesAccessibilityTests(BrowserFixture browser)
{
    private const string OfficerEmail = "officer@integra.test";
    private const string ApplicantEmail = "applicant@integra.test";
    private const string Password = "People-Password-2026!";

    [Fact]
    public async Task The_registry_screens_and_the_applicants_data_pages_have_no_accessibility_violations()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync(OfficerEmail, Password, Roles.ProgrammeOfficer);
        var applicant = await app.CreateUserAsync(ApplicantEmail, Password, Roles.Applicant);
        long personId;
        long flagId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<IPersonRegistry>();
            var birth = new DateOnly(1990, 6, 1);
            personId = (await registry.RecordAsync(new PersonDetails("Arbër", "Krasniqi", birth, Sexes.Male, "malisheva") { PersonalNumber = "1234567890", ReturnStatus = ReturnStatuses.Returnee, UserId = applicant.Id }, ct)).Id;
            await registry.RecordAsync(new PersonDetails("ARBER", "KRASNIQI", birth, Sexes.Male, "malisheva"), ct);
            flagId = await scope.ServiceProvider.GetRequiredService<PeopleDbContext>().DuplicateFlags.Select(f => f.Id).SingleAsync(ct);
            await scope.ServiceProvider.GetRequiredService<PersonalDataService>().RequestErasureAsync(applicant.Id, "I no longer take part.", ct);
        }

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var violations = new List<string>();

        await SignInAsync(page, OfficerEmail);
        foreach (var (url, name) in new[]
        {
            ("/admin/people", "people-list"),
            ($"/admin/people/{personId}", "person"),
            ($"/admin/people/duplicates/{flagId}", "duplicate"),
            ("/admin/people/requests/1", "request"),
            ("/admin/people/access-log", "access-log"),
        })
        {
            violations.AddRange(await CheckAsync(page, url, name));
        }

        await context.ClearCookiesAsync();
        await SignInAsync(page, ApplicantEmail);
        violations.AddRange(await CheckAsync(page, "/sq/account/my-data", "my-data"));
        violations.AddRange(await CheckAsync(page, "/sr-Latn/privacy", "privacy"));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/culture?culture=en&returnUrl=/account/login");
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=Password]").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string url, string name)
    {
        var response = await page.GotoAsync(url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"people-{name}.png"), FullPage = true });
        var results = await page.RunAxe();
        return results.Violations.Select(v => $"{url}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")
            .Prepend(response?.Status == 200 ? null : $"{url}: HTTP {response?.Status}")
            .OfType<string>();
    }
}
