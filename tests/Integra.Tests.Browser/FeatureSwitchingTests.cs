using System.Text.RegularExpressions;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.TestModule;
using Microsoft.Playwright;

namespace Integra.Tests.Browser;

/// <summary>An administrator switches a feature off and on in the admin, in a real browser, with no restart.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FeatureSwitchingTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_disables_a_feature_and_its_page_and_menu_entry_are_gone_until_it_is_enabled_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        await app.EnableFeaturesAsync([NoticeBoardModule.Id], ct);
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/culture?culture=en&returnUrl=/account/login");
        await page.Locator("input[name=Email]").FillAsync(IntegraAppFactory.AdminEmail);
        await page.Locator("input[name=Password]").FillAsync(IntegraAppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AdminHome());
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin menu" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Notices" })).ToBeVisibleAsync();
        Assert.Equal(200, (await page.GotoAsync("/en/notices"))!.Status);
        await Screenshot(page, "1-notices-on");

        await page.GotoAsync("/admin/features");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable Notice board", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Disabled Notice board");
        await Screenshot(page, "2-features-after-disable");

        var gone = await page.GotoAsync("/en/notices");
        Assert.Equal(404, gone!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        Assert.Equal(404, (await page.GotoAsync("/admin/notices"))!.Status);
        await page.GotoAsync("/admin");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Notices" })).ToHaveCountAsync(0);
        await Screenshot(page, "3-menu-without-notices");

        await page.GotoAsync("/admin/features");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable Notice board", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enabled Notice board");
        Assert.Equal(200, (await page.GotoAsync("/en/notices"))!.Status);
        await page.GotoAsync("/admin");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Notices" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin/audit");
        var rows = page.Locator("table tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Feature disabled" }).Filter(new() { HasText = NoticeBoardModule.Id })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "Feature enabled" }).Filter(new() { HasText = NoticeBoardModule.Id })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(rows.Filter(new() { HasText = "Feature disabled" }).First).ToContainTextAsync(IntegraAppFactory.AdminEmail);
        await Screenshot(page, "4-audit");
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"features-{name}.png"), FullPage = true });

    [GeneratedRegex("/admin$")]
    private static partial Regex AdminHome();
}
