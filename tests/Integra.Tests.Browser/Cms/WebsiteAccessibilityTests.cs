using Deque.AxeCore.Playwright;
using Integra.Testing;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.Cms;

[Collection(BrowserCollection.Name)]
public sealed class WebsiteAccessibilityTests(BrowserFixture browser)
{
    /// <summary>One page of each public type, by culture; slugs are those of the seeded content.</summary>
    private static IReadOnlyList<(string Name, string Path)> PagesOf(string culture)
    {
        var (news, call, component, municipality, page, @event, question) = culture switch
        {
            "sq" => ("shembull-dite-informuese", "shembull-grante-biznesi-2", "ngritja-e-kapaciteteve", "drenasi", "rreth-projektit", "shembull-dite-informuese-prizren", "shembull-kush-mund-te-aplikoje"),
            "en" => ("example-information-days", "example-business-grants-2", "capacity-building", "drenas", "about", "example-information-day-prizren", "example-who-may-apply"),
            _ => ("primer-informativni-dani", "primer-poslovni-grantovi-2", "jacanje-kapaciteta", "glogovac", "o-projektu", "primer-informativni-dan-prizren", "primer-ko-moze-da-se-prijavi"),
        };
        return
        [
            ("home", $"/{culture}"),
            ("news-list", $"/{culture}/news"),
            ("news-item", $"/{culture}/news/{news}"),
            ("calls", $"/{culture}/calls"),
            ("call", $"/{culture}/calls/{call}"),
            ("component", $"/{culture}/components/{component}"),
            ("municipality", $"/{culture}/municipalities/{municipality}"),
            ("page", $"/{culture}/{page}"),
            ("events", $"/{culture}/events"),
            ("event", $"/{culture}/events/{@event}"),
            ("questions", $"/{culture}/faq"),
            ("faq", $"/{culture}/faq/{question}"),
            ("contact", $"/{culture}/contact"),
            ("search", $"/{culture}/search?q=INTEGRA"),
            ("not-found", $"/{culture}/no-such-page"),
        ];
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("sr-Cyrl")]
    [InlineData("en")]
    public async Task Every_public_page_type_has_no_accessibility_violations(string culture)
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString() });
        var failures = new List<string>();

        foreach (var (name, path) in PagesOf(culture))
        {
            var response = await page.GotoAsync(path);
            var expected = name == "not-found" ? 404 : 200;
            if (response?.Status != expected)
            {
                failures.Add($"{path}: status {response?.Status}, expected {expected}");
            }

            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"cms-{name}-{culture}.png"), FullPage = true });
            var results = await page.RunAxe();
            failures.AddRange(results.Violations.Select(v => $"{path}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_language_switcher_lands_on_the_translation_of_the_same_article()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString() });

        await page.GotoAsync("/en/news/example-information-days");
        await page.GetByRole(AriaRole.Link, new() { Name = "Српски" }).ClickAsync();

        Assert.EndsWith("/sr-Cyrl/news/primer-informativni-dani", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Пример: Информативни дани о позиву за пословне грантове у свим општинама");

        await page.GetByRole(AriaRole.Link, new() { Name = "Shqip" }).ClickAsync();
        Assert.EndsWith("/sq/news/shembull-dite-informuese", page.Url, StringComparison.Ordinal);
    }
}
