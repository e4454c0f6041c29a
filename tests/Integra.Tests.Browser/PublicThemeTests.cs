using Deque.AxeCore.Playwright;
using Integra.Testing;
using Microsoft.Playwright;

namespace Integra.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PublicThemeTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_language_switcher_lands_on_the_same_page_in_each_culture()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString() });

        await page.GotoAsync("/sq");
        Assert.Equal("sq", await page.GetAttributeAsync("html", "lang"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Српски" }).ClickAsync();
        Assert.EndsWith("/sr-Cyrl", page.Url, StringComparison.Ordinal);
        Assert.Equal("sr-Cyrl", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Пређи на главни садржај" })).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.EndsWith("/en", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("A fresh start at home");
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("sr-Cyrl")]
    [InlineData("en")]
    public async Task The_home_page_has_no_accessibility_violations(string culture)
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString() });
        var errors = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync($"/{culture}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"home-{culture}.png"), FullPage = true });
        var results = await page.RunAxe();

        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        Assert.Empty(errors);
    }
}
