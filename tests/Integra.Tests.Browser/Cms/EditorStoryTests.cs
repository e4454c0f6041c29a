using System.Text.RegularExpressions;
using Integra.Testing;
using Microsoft.Playwright;
using SkiaSharp;

namespace Integra.Tests.Browser.Cms;

/// <summary>
/// The story of issue 3 in a real browser: an editor writes a news article with an image, drafts, previews,
/// publishes, edits, restores and translates it; a visitor reads it and switches to Serbian Cyrillic; a
/// scheduled item appears when the injected clock reaches its time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EditorStoryTests(BrowserFixture browser)
{
    private const string EditorEmail = "editor@integra.test";
    private const string EditorPassword = "Editor-Password-2026!";

    // A made-up word no seeded text contains, so search finds this article and nothing else.
    private const string Marker = "Qendrueshmëritë";
    private const string Slug = "punetori-per-zejtari-ne-prizren";
    private const string Title = "Punëtori për zejtari në Prizren";
    private const string FirstText = "Gjashtëmbëdhjetë të rinj mësuan zejtari. " + Marker;
    private const string SecondText = "Teksti i ndryshuar pas publikimit të parë.";
    private const string LatinTitle = "Radionica o zanatima u Prizrenu";
    private const string CyrillicTitle = "Радионица о занатима у Призрену";

    [Fact]
    public async Task An_editor_writes_publishes_edits_restores_and_translates_an_article_and_a_scheduled_item_appears_on_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new ShiftedClock();
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database) { Clock = clock };
        await app.CreateUserAsync(EditorEmail, EditorPassword, "Editor");
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        ConsoleWatch.Start(page, consoleErrors);
        page.Context.Page += (_, popup) => ConsoleWatch.Start(popup, consoleErrors);

        // Signs in through the form.
        await page.GotoAsync("/culture?culture=en&returnUrl=/account/login");
        await page.Locator("input[name=Email]").FillAsync(EditorEmail);
        await page.Locator("input[name=Password]").FillAsync(EditorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AdminHome());

        // Uploads an image, with its Albanian alt text.
        await page.GotoAsync("/admin/media");
        await page.Locator("#media-file").SetInputFilesAsync(new FilePayload { Name = "zejtari.png", MimeType = "image/png", Buffer = Png() });
        await page.Locator("#alt-sq").FillAsync("Të rinj në punëtori zejtarie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("zejtari");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "zejtari.png", Exact = true })).ToBeVisibleAsync();
        await Screenshot(page, "1-media-uploaded");

        // Writes a news article in Albanian, choosing the image through the media picker.
        await page.GotoAsync("/admin/contents/create?type=NewsArticle&culture=sq");
        await page.Locator("#Title").FillAsync(Title);
        await page.Locator("#Slug").FillAsync(Slug);
        await page.Locator("#Summary").FillAsync("Një punëtori për të rinjtë që duan të hapin zanat.");
        await WriteBodyAsync(page, FirstText);
        var popupTask = page.WaitForPopupAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Choose from the media library (Main image)" }).ClickAsync();
        var picker = await popupTask;
        var closed = new TaskCompletionSource();
        picker.Close += (_, _) => closed.TrySetResult();
        try
        {
            await picker.GetByRole(AriaRole.Button, new() { Name = "Choose zejtari.png" }).ClickAsync();
        }
        catch (PlaywrightException) when (picker.IsClosed)
        {
            // The picker closes itself on the choice, at times before the click has been reported back.
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
        await Assertions.Expect(page.Locator("#ImagePath")).ToHaveValueAsync(new Regex("zejtari\\.png$"));
        await page.Locator("#ImageAlt").FillAsync("Të rinj në punëtori zejtarie");
        await Screenshot(page, "2-editor-filled");

        // Saves a draft: not public, not on the home page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The draft of");
        var id = EditorUrl().Match(page.Url).Groups["id"].Value;
        Assert.NotEmpty(id);
        var visitor = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.ServerAddress.ToString() });
        await using (visitor)
        {
            var anonymous = await visitor.NewPageAsync();
            Assert.Equal(404, (await anonymous.GotoAsync($"/sq/news/{Slug}"))!.Status);
            await anonymous.GotoAsync("/sq");
            await Assertions.Expect(anonymous.GetByText(Title)).ToHaveCountAsync(0);

            // Previews the draft as the public would see it.
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/admin/contents/{id}/preview$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
            await Screenshot(page, "3-preview");

            // Publishes: on the home page, in the feed and in search.
            await page.GotoAsync($"/admin/contents/{id}/edit");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has been published");

            var article = await anonymous.GotoAsync($"/sq/news/{Slug}");
            Assert.Equal(200, article!.Status);
            await Assertions.Expect(anonymous.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(anonymous.Locator("article .content-body")).ToContainTextAsync(FirstText);
            var image = anonymous.Locator("article img.item-image");
            await Assertions.Expect(image).ToHaveAttributeAsync("alt", "Të rinj në punëtori zejtarie");
            Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The article's image did not load.");
            await Screenshot(anonymous, "4-article-published");

            await anonymous.GotoAsync("/sq");
            await Assertions.Expect(anonymous.GetByRole(AriaRole.Link, new() { Name = Title })).Not.ToHaveCountAsync(0);
            await Screenshot(anonymous, "5-home-with-article");

            var feed = await anonymous.APIRequest.GetAsync("/sq/news/feed");
            Assert.Equal(200, feed.Status);
            Assert.Contains(Title, await feed.TextAsync(), StringComparison.Ordinal);

            await PollAsync(async () =>
            {
                await anonymous.GotoAsync($"/sq/search?q={Uri.EscapeDataString(Marker)}");
                return await anonymous.GetByRole(AriaRole.Link, new() { Name = Title }).CountAsync() > 0;
            }, "the published article to be found by search", ct);
            await Screenshot(anonymous, "6-search");

            // Edits and publishes again: history shows two versions.
            await page.GotoAsync($"/admin/contents/{id}/edit");
            await WriteBodyAsync(page, SecondText);
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has been published");
            await anonymous.GotoAsync($"/sq/news/{Slug}");
            await Assertions.Expect(anonymous.Locator("article .content-body")).ToContainTextAsync(SecondText);

            await page.GotoAsync($"/admin/contents/{id}/history");
            var versions = page.Locator("table.content-history tbody tr");
            await Assertions.Expect(versions).ToHaveCountAsync(2);
            await Screenshot(page, "7-history");

            // Restores the first version (a draft), publishes it: the first text is public again.
            var first = versions.Last;
            await Assertions.Expect(first.Locator("td").First).ToHaveTextAsync("1");
            await first.GetByRole(AriaRole.Link, new() { Name = "Compare with the latest" }).ClickAsync();
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync(SecondText);
            await Screenshot(page, "8-diff");
            await page.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("restored");
            Assert.Contains(FirstText, await page.Locator("#Body").InputValueAsync(), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has been published");
            await anonymous.GotoAsync($"/sq/news/{Slug}");
            await Assertions.Expect(anonymous.Locator("article .content-body")).ToContainTextAsync(FirstText);
            await Assertions.Expect(anonymous.Locator("article .content-body")).Not.ToContainTextAsync(SecondText);

            // Translates into Serbian Latin from the contents list and publishes; Cyrillic follows by itself.
            await page.GotoAsync("/admin/contents?culture=sq&type=NewsArticle");
            await page.Locator($"#translate-{id}").SelectOptionAsync("sr-Latn");
            await page.Locator($"form[action='/admin/contents/{id}/translate']").GetByRole(AriaRole.Button, new() { Name = "Translate" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("draft translation");
            await page.Locator("#Title").FillAsync(LatinTitle);
            await page.Locator("#Summary").FillAsync("Radionica za mlade koji žele da otvore zanat.");
            await WriteBodyAsync(page, "Šesnaest mladih učilo je zanate.");
            await page.Locator("#ImageAlt").FillAsync("Mladi na radionici zanata");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has been published");

            // The visitor on the Albanian article switches to Српски and lands on the Cyrillic translation.
            await anonymous.GotoAsync($"/sq/news/{Slug}");
            await anonymous.GetByRole(AriaRole.Link, new() { Name = "Српски" }).ClickAsync();
            await Assertions.Expect(anonymous).ToHaveURLAsync(new Regex("/sr-Cyrl/news/[^/]+$"));
            await Assertions.Expect(anonymous.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(CyrillicTitle);
            Assert.Equal("sr-Cyrl", await anonymous.GetAttributeAsync("html", "lang"));
            await Screenshot(anonymous, "9-cyrillic-translation");

            // Schedules a news item an hour ahead (Belgrade time), then moves the clock past it.
            const string scheduledTitle = "Njoftim i planifikuar për ditët informuese";
            var belgrade = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");
            var publishAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), belgrade).AddHours(1);
            await page.GotoAsync("/admin/contents/create?type=NewsArticle&culture=sq");
            await page.Locator("#Title").FillAsync(scheduledTitle);
            await WriteBodyAsync(page, "Ky njoftim del vetë kur vjen koha.");
            await page.Locator("#PublishAt").FillAsync(publishAt.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("will be published at");
            await anonymous.GotoAsync("/sq/news");
            await Assertions.Expect(anonymous.GetByText(scheduledTitle)).ToHaveCountAsync(0);

            clock.Advance(TimeSpan.FromHours(2));
            await PollAsync(async () =>
            {
                await anonymous.GotoAsync("/sq/news");
                return await anonymous.GetByRole(AriaRole.Link, new() { Name = scheduledTitle }).CountAsync() > 0;
            }, "the scheduled item to appear on the news list", ct);
            await Screenshot(anonymous, "10-news-with-scheduled");
        }

        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    /// <summary>Types into Quill when it loaded, and proves that it did: the story must run with the real editor.</summary>
    private static async Task WriteBodyAsync(IPage page, string text)
    {
        var quill = page.Locator(".ql-editor").First;
        await Assertions.Expect(quill).ToBeVisibleAsync();
        await quill.FillAsync(text);
        await Assertions.Expect(page.Locator("#Body")).ToHaveValueAsync(new Regex(Regex.Escape(text)));
    }

    private static async Task PollAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 10 s for {what}.");
            await Task.Delay(250, cancellationToken);
        }
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(320, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x1d, 0x4e, 0x89));
            using var paint = new SKPaint { Color = new SKColor(0xf2, 0xa9, 0x00) };
            canvas.DrawCircle(160, 100, 60, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"story-{name}.png"), FullPage = true });

    [GeneratedRegex("/admin$")]
    private static partial Regex AdminHome();

    [GeneratedRegex("/admin/contents/(?<id>[^/]+)/edit$")]
    private static partial Regex EditorUrl();
}
