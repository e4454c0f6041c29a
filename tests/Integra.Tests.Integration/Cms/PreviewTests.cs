using System.Net;
using Integra.Cms.Models;
using Integra.Testing;
using Integra.Testing.Kernel;

namespace Integra.Tests.Integration.Cms;

public sealed class SqlitePreviewTests() : PreviewTests("Sqlite");

public sealed class PostgresPreviewTests() : PreviewTests("Postgres");

/// <summary>An editor's preview of a draft is the public page itself, marked as not published and kept out of caches and search engines.</summary>
public abstract class PreviewTests(string provider) : EditorAppTests(provider, "news-editor@integra.test")
{
    [Fact]
    public async Task The_preview_of_a_draft_news_article_is_the_public_page_with_a_banner_while_the_public_address_answers_404()
    {
        using var editor = await SignInEditorAsync();
        using var saved = await editor.SubmitFormAsync($"/admin/contents/create?type={CmsContentTypes.NewsArticle}&culture=en", "/admin/contents/create",
            [("ContentType", CmsContentTypes.NewsArticle), ("Culture", "en"), ("Title", "Draft: a new training centre in Prizren"), ("Slug", "new-training-centre-prizren"),
             ("Summary", "Forty places for young returnees."), ("Body", "<p>The centre opens in <strong>May</strong>.</p>"), ("command", "save")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[3];

        using var response = await editor.GetAsync($"/admin/contents/{id}/preview", Cancel);
        var preview = await response.ReadPageAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Draft: a new training centre in Prizren</h1>", preview, StringComparison.Ordinal);
        Assert.Contains("<p>The centre opens in <strong>May</strong>.</p>", preview, StringComparison.Ordinal);
        Assert.Contains("Forty places for young returnees.", preview, StringComparison.Ordinal);
        Assert.Contains("Preview — not published", preview, StringComparison.Ordinal);
        // The public layout in the article's language: its skip link, its footer, its link back to the news list.
        Assert.Contains("<html lang=\"en\">", preview, StringComparison.Ordinal);
        Assert.Contains("Skip to main content", preview, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/news\">All news</a>", preview, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\" />", preview, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", string.Join(',', response.Headers.GetValues("X-Robots-Tag")));
        Assert.True(response.Headers.CacheControl?.NoStore);

        using var visitor = App.CreateBrowserlikeClient();
        using var publicPage = await visitor.GetAsync("/en/news/new-training-centre-prizren", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.DoesNotContain("Preview — not published", await (await visitor.GetAsync("/en/news", Cancel)).ReadPageAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_article_is_shown_without_the_preview_banner()
    {
        using var editor = await SignInEditorAsync();
        using var published = await editor.SubmitFormAsync($"/admin/contents/create?type={CmsContentTypes.NewsArticle}&culture=en", "/admin/contents/create",
            [("ContentType", CmsContentTypes.NewsArticle), ("Culture", "en"), ("Title", "Open day in Gjakova"), ("Slug", "open-day-gjakova"), ("Body", "<p>Everyone is welcome.</p>"), ("command", "publish")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await (await App.CreateBrowserlikeClient().GetAsync("/en/news/open-day-gjakova", Cancel)).ReadPageAsync(Cancel);

        Assert.Contains("<h1>Open day in Gjakova</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p>Everyone is welcome.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview — not published", page, StringComparison.Ordinal);
        Assert.DoesNotContain("noindex", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_news_editor_links_its_image_to_the_media_picker_only_while_the_media_library_is_enabled()
    {
        using var editor = await SignInEditorAsync();
        const string create = $"/admin/contents/create?type={CmsContentTypes.NewsArticle}&culture=sq";

        var page = await (await editor.GetAsync(create, Cancel)).ReadPageAsync(Cancel);
        Assert.Matches("<a [^>]*href=\"/admin/media/picker\\?target=ImagePath&kind=image\" data-media-picker>Zgjidhni nga biblioteka e medias", page);
        Assert.Contains("/_content/Integra.Media/js/media-picker.js", page, StringComparison.Ordinal);

        await App.DisableFeaturesAsync(["Integra.Media"], Cancel);
        page = await (await editor.GetAsync(create, Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("name=\"ImagePath\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/media/picker", page, StringComparison.Ordinal);
        Assert.DoesNotContain("media-picker.js", page, StringComparison.Ordinal);
    }
}
