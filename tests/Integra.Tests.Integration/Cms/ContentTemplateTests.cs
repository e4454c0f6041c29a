using System.Net;
using Integra.Cms.Services;
using Integra.Testing;
using Integra.Tests.Integration.Admin;

namespace Integra.Tests.Integration.Cms;

public sealed class SqliteContentTemplateTests() : ContentTemplateTests("Sqlite");

public sealed class PostgresContentTemplateTests() : ContentTemplateTests("Postgres");

/// <summary>Staff change how every news article looks by editing the Content.NewsArticle template in the admin.</summary>
public abstract class ContentTemplateTests(string provider) : IAsyncLifetime
{
    private const string Editor = "/admin/templates/Content.NewsArticle";
    private const string Article = "/en/news/example-equipment-in-malisheva";
    private const string ArticleBody = "This is an example news item. Five new businesses in Malisheva received equipment";

    private TestDatabase _database = null!;
    private IntegraAppFactory _app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new IntegraAppFactory(_database);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Editing_the_news_article_template_changes_the_cached_public_article_and_resetting_brings_the_default_back()
    {
        var visitor = _app.CreateBrowserlikeClient();
        var before = await (await visitor.GetAsync(Article, Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("<p class=\"lead\">Five new businesses, equipment worth EUR 2,500 each", before, StringComparison.Ordinal);
        Assert.Contains(ArticleBody, before, StringComparison.Ordinal);
        using (var cached = await visitor.GetAsync(Article, Cancel))
        {
            Assert.NotNull(cached.Headers.Age);
        }

        using var admin = await AdminClient.SignInAsync(_app, IntegraAppFactory.AdminEmail);
        await admin.PageAsync(Editor);
        var saved = await admin.PostAndFollowAsync(Editor,
            ("Source", "<div class=\"staff-layout\"><p class=\"standfirst\">{{ summary }}</p>{{ body | raw }}<p>{{ \"Municipalities\" | t }}</p></div>"),
            ("Revision", "0"), ("Culture", "en"), ("Command", "save"));
        Assert.Contains("Template Content.NewsArticle saved.", saved, StringComparison.Ordinal);

        var after = await (await visitor.GetAsync(Article, Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("<h1>Example: New businesses in Malisheva receive their equipment</h1>", after, StringComparison.Ordinal);
        Assert.Contains("<div class=\"staff-layout\"><p class=\"standfirst\">Five new businesses, equipment worth EUR 2,500 each", after, StringComparison.Ordinal);
        Assert.Contains(ArticleBody, after, StringComparison.Ordinal);
        Assert.DoesNotContain("<p class=\"lead\">", after, StringComparison.Ordinal);
        var albanian = await (await visitor.GetAsync("/sq/news/shembull-pajisjet-ne-malisheve", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("<p class=\"standfirst\">Pesë biznese të reja", albanian, StringComparison.Ordinal);
        Assert.Contains("<p>Komunat</p>", albanian, StringComparison.Ordinal);

        await admin.PageAsync(Editor);
        await admin.PostAndFollowAsync(Editor + "/reset");
        var reset = await (await visitor.GetAsync(Article, Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("<p class=\"lead\">Five new businesses", reset, StringComparison.Ordinal);
        Assert.DoesNotContain("staff-layout", reset, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_news_template_that_fails_while_rendering_leaves_the_article_readable_with_the_default_and_tells_the_editor()
    {
        using var admin = await AdminClient.SignInAsync(_app, IntegraAppFactory.AdminEmail);
        await admin.PageAsync(Editor);
        // It parses, so it can be saved; it fails on every article because a title is not a date.
        await admin.PostAndFollowAsync(Editor, ("Source", "<p>{{ title | date_local }}</p>{{ body | raw }}"), ("Revision", "0"), ("Culture", "en"), ("Command", "save"));

        using var response = await _app.CreateBrowserlikeClient().GetAsync(Article, Cancel);
        var page = await response.ReadPageAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Example: New businesses in Malisheva receive their equipment</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead\">Five new businesses", page, StringComparison.Ordinal);
        Assert.Contains(ArticleBody, page, StringComparison.Ordinal);
        Assert.Contains("date_local expects a date", await admin.PageAsync("/admin/templates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_preview_of_a_content_template_renders_its_sample_article()
    {
        using var admin = await AdminClient.SignInAsync(_app, IntegraAppFactory.AdminEmail);
        await admin.PageAsync("/admin/templates/Content.Event");
        var source = new ContentTemplates().GetTemplates().Single(t => t.Name == "Content.Event").DefaultSource;

        using var preview = await admin.PostAsync("/admin/templates/Content.Event", ("Source", source), ("Revision", "0"), ("Culture", "en"), ("Command", "preview"));
        var frame = WebUtility.HtmlDecode(WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync(Cancel)));

        Assert.Contains("Municipal hall, Prizren", frame, StringComparison.Ordinal);
        Assert.Contains("srcset=\"/media/news/bakery.jpg?w=320 320w", frame, StringComparison.Ordinal);
        Assert.Contains("<p>The bakery employs five people and sells to two schools.</p>", frame, StringComparison.Ordinal);
        Assert.Contains("<dt>Starts</dt><dd><time datetime=\"2026-05-14T08:00Z\">Thursday", frame, StringComparison.Ordinal);
    }
}
