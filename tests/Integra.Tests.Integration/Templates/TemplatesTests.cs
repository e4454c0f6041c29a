using System.Net;
using Integra.Core.Features;
using Integra.Testing;
using Integra.Tests.Integration.Admin;
using Microsoft.Extensions.DependencyInjection;
using static Integra.Tests.Integration.Templates.TemplatesFixtureModule;

namespace Integra.Tests.Integration.Templates;

public abstract class TemplatesTests(string provider)
{
    private const string Editor = "/admin/templates/" + Greeting;
    private const string Page = "/en/test-fixture/greeting";

    [Fact]
    public async Task A_template_edited_in_the_admin_replaces_the_default_on_the_page_and_the_save_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        Assert.Contains("Hello Ana", await admin.PageAsync(Page), StringComparison.Ordinal);

        await admin.PageAsync(Editor);
        var editor = await admin.PostAndFollowAsync(Editor, ("Source", "<p>Welcome, {{ name }}!</p>"), ("Revision", "0"), ("Culture", "en"), ("Command", "save"));

        Assert.Contains($"Template {Greeting} saved.", editor, StringComparison.Ordinal);
        var page = await admin.PageAsync(Page);
        Assert.Contains("Welcome, Ana!", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello Ana", page, StringComparison.Ordinal);
        Assert.Contains($"{Greeting} Greets a visitor by name. Edited None", await admin.PageAsync("/admin/templates"), StringComparison.Ordinal);
        Assert.Contains($"Templates Template saved {Greeting} Revision 1", await admin.PageAsync("/admin/audit"), StringComparison.Ordinal);

        await admin.PageAsync(Editor);
        await admin.PostAndFollowAsync(Editor + "/reset");
        Assert.Contains("Hello Ana", await admin.PageAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_is_not_saved_and_the_editor_names_line_and_column_in_the_editors_language()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail, "sq");

        await admin.PageAsync(Editor);
        var editor = await admin.PostAndReadAsync(Editor, ("Source", "<p>\n{% if name %}Hi {{ name }}\n</p>"), ("Revision", "0"), ("Culture", "sq"), ("Command", "save"));

        Assert.Contains("Shablloni nuk u ruajt: në fillim rregullo gabimin e sintaksës.", editor, StringComparison.Ordinal);
        Assert.Matches(@"Gabim sintakse në rreshtin 3, kolona \d+: '\{% endif %\}' was expected", editor);
        Assert.Contains("Hello Ana", await admin.PageAsync(Page), StringComparison.Ordinal);
        Assert.Contains("Parazgjedhur", await admin.PageAsync("/admin/templates"), StringComparison.Ordinal);

        await admin.PageAsync(Editor);
        var check = await admin.PostAndReadAsync(Editor, ("Source", "<p>{{ name }}</p>"), ("Revision", "0"), ("Culture", "sq"), ("Command", "check"));
        Assert.Contains("Sintaksa është e vlefshme.", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_that_fails_while_rendering_falls_back_to_the_default_and_editors_see_the_error()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        // It parses, so it can be saved; the filter fails on every real page because a name is not a date.
        await admin.PageAsync(Editor);
        await admin.PostAndFollowAsync(Editor, ("Source", "<p>Since {{ name | date_local }}</p>"), ("Revision", "0"), ("Culture", "en"), ("Command", "save"));

        using var response = await admin.Http.GetAsync(Page, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Fixture page", page, StringComparison.Ordinal);
        Assert.Contains("Hello Ana", page, StringComparison.Ordinal);

        var list = await admin.PageAsync("/admin/templates");
        Assert.Contains("date_local expects a date, not 'Ana'.", list, StringComparison.Ordinal);
        Assert.Contains("In the Edited source", list, StringComparison.Ordinal);
        Assert.Contains("This template failed recently; the next source was used instead.", await admin.PageAsync(Editor), StringComparison.Ordinal);

        await admin.PostAndFollowAsync(Editor, ("Source", "<p>Since {{ published | date_local: \"yyyy-MM-dd HH:mm\" }}</p>"), ("Revision", "1"), ("Culture", "en"), ("Command", "save"));
        Assert.Contains("Since 2026-03-10 23:30", await admin.PageAsync(Page), StringComparison.Ordinal);
        Assert.DoesNotContain("date_local expects a date", await admin.PageAsync("/admin/templates"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_renders_the_sample_model_in_the_chosen_language_inside_a_sandboxed_frame()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        await admin.PageAsync(Editor);
        using var preview = await admin.PostAsync(Editor,
            ("Source", "<p>{{ \"Templates\" | t }}: {{ name }}, {{ published | date_local: \"yyyy-MM-dd HH:mm\" }}, {{ image | media_url: 640 }}</p>"),
            ("Revision", "0"), ("Culture", "sq"), ("Command", "preview"));
        var markup = await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("<iframe sandbox=\"\" srcdoc=\"", markup, StringComparison.Ordinal);
        var frame = WebUtility.HtmlDecode(markup);
        Assert.Contains("<p>Shabllonet: Sample visitor, 2026-03-10 23:30, /media/photos/sample.jpg?w=640</p>", frame, StringComparison.Ordinal);
        Assert.Contains("Hello Ana", await admin.PageAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_values_are_html_encoded_so_a_script_tag_shows_as_text()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        await admin.PageAsync(Editor);
        await admin.PostAndFollowAsync(Editor, ("Source", "<p>{{ \"<script>alert(1)</script>\" }} {{ name }}</p>"), ("Revision", "0"), ("Culture", "en"), ("Command", "save"));

        using var response = await admin.Http.GetAsync(Page, TestContext.Current.CancellationToken);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<p>&lt;script&gt;alert(1)&lt;/script&gt; Ana</p>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_editor_saving_over_a_newer_revision_is_told_and_nothing_is_overwritten()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        await admin.PageAsync(Editor);
        await admin.PostAndFollowAsync(Editor, ("Source", "<p>First {{ name }}</p>"), ("Revision", "0"), ("Culture", "en"), ("Command", "save"));
        var stale = await admin.PostAndReadAsync(Editor, ("Source", "<p>Second {{ name }}</p>"), ("Revision", "0"), ("Culture", "en"), ("Command", "save"));

        Assert.Contains("Someone else saved this template after you opened it.", stale, StringComparison.Ordinal);
        Assert.Contains("First Ana", await admin.PageAsync(Page), StringComparison.Ordinal);
    }

    private static async Task<IntegraAppFactory> StartAsync(TestDatabase database)
    {
        var app = new IntegraAppFactory(database);
        _ = app.ServerAddress;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FeatureManager>().EnableAsync([Id], cancellationToken: TestContext.Current.CancellationToken);
        return app;
    }
}

public sealed class SqliteTemplatesTests() : TemplatesTests("Sqlite");

public sealed class PostgresTemplatesTests() : TemplatesTests("Postgres");
