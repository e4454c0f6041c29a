using Deque.AxeCore.Playwright;
using Integra.Search.Data;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchAdminPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_administrator_forgets_a_node_gone_for_good_on_an_accessible_search_page_in_Albanian()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var search = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
            search.Cursors.Add(new SearchCursor { NodeId = "server-2", LastQueueId = 3, UpdatedUtc = DateTime.UtcNow.AddDays(-40) });
            await search.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        ConsoleWatch.Start(page, errors);
        await page.GotoAsync("/culture?culture=sq&returnUrl=/account/login");
        await page.Locator("input[name=Email]").FillAsync(IntegraAppFactory.AdminEmail);
        await page.Locator("input[name=Password]").FillAsync(IntegraAppFactory.AdminPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/admin/search");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nyjet" })).ToBeVisibleAsync();

        // On a phone the admin menu waits behind one button that names the screen, and the page starts with its own heading.
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menyja e administrimit" });
        var toggle = menu.GetByRole(AriaRole.Button, new() { Name = "Menyja: Kërkim" });
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Personat" })).ToBeHiddenAsync();
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Kërkim", Level = 1 }).EvaluateAsync<double>("h => h.getBoundingClientRect().top") < 400);
        await toggle.ClickAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Personat" })).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-admin-nodes.png"), FullPage = true });
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        await page.GetByRole(AriaRole.Button, new() { Name = "Harro nyjen server-2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nyja server-2 u harrua.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Harro nyjen server-2" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-admin-forgotten.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
