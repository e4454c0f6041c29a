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

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    [InlineData("sr-Cyrl")]
    [InlineData("en")]
    public async Task The_header_stays_on_one_row_at_1280_pixels_and_folds_behind_the_menu_button_on_a_phone(string culture)
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        // The signed-in header is the longest: it adds the administration and account links.
        await page.GotoAsync("/account/login");
        await page.Locator("input[name=Email]").FillAsync(IntegraAppFactory.AdminEmail);
        await page.Locator("input[name=Password]").FillAsync(IntegraAppFactory.AdminPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.GotoAsync($"/{culture}");

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"header-1280-{culture}.png") });
        // [how far apart the links' vertical centres are, the tallest link, the rightmost link's edge, the window's width]
        var header = await page.EvaluateAsync<double[]>(
            """
            () => {
                const boxes = [...document.querySelectorAll('.site-header .navbar-brand, .site-header .nav-link')].map(e => e.getBoundingClientRect());
                const centres = boxes.map(b => (b.top + b.bottom) / 2);
                return [Math.max(...centres) - Math.min(...centres), Math.max(...boxes.map(b => b.height)), Math.max(...boxes.map(b => b.right)), document.documentElement.clientWidth];
            }
            """);
        Assert.True(header[0] <= 4 && header[1] <= 48, $"The header's links are on more than one row in {culture}: centres {header[0]} px apart, the tallest {header[1]} px high.");
        Assert.True(header[2] <= header[3], $"The header's last link ends at {header[2]} px, past the window's {header[3]} px in {culture}.");
        Assert.False(await page.Locator(".site-header .navbar-toggler").IsVisibleAsync());

        await page.SetViewportSizeAsync(360, 740);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"header-360-{culture}.png") });
        Assert.True(await page.Locator(".site-header .navbar-toggler").IsVisibleAsync());
        Assert.False(await page.Locator("#main-nav").IsVisibleAsync());
        Assert.Empty(await WiderThanTheWindowAsync(page));
        await page.Locator(".site-header .navbar-toggler").ClickAsync();
        // Bootstrap adds "show" once the menu has finished opening.
        await Assertions.Expect(page.Locator("#main-nav.show")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"header-360-open-{culture}.png") });
        Assert.Empty(await WiderThanTheWindowAsync(page));
    }

    private const string WiderThanTheWindow =
        """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(e.getBoundingClientRect().right)} px`)
        """;

    /// <summary>
    /// The elements that stick out past the window's right edge, which make a phone scroll sideways, once the layout
    /// has settled: a resize or the menu's opening may take a few frames to lay out.
    /// </summary>
    private static async Task<string[]> WiderThanTheWindowAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => ({WiderThanTheWindow})().length === 0", null, new() { Timeout = 3000 });
        }
        catch (TimeoutException)
        {
            // Still sticking out after the wait: the list below names what.
        }

        return await page.EvaluateAsync<string[]>(WiderThanTheWindow);
    }
}
