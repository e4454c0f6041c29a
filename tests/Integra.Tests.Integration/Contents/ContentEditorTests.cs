using System.Net;
using System.Text.RegularExpressions;
using Integra.Core.Localization;
using Integra.Testing;
using static Integra.Tests.Integration.Contents.NoticesFixtureModule;

namespace Integra.Tests.Integration.Contents;

/// <summary>The content screens as an editor uses them, over HTTP, in the site's default language (Albanian).</summary>
public abstract partial class ContentEditorTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_editor_saves_a_draft_that_is_not_public_then_publishes_it()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        using var editor = await contents.App.CreateSignedInClientAsync(ContentsApp.EditorEmail);

        var id = await CreateAsync(editor, ("Title", "Trajnim për të rinjtë në Prizren"), ("Body", "<p>Regjistrohuni tani.</p>"), ("command", "save"));
        Assert.Null(await contents.WithContentsAsync(m => m.FindPublishedAsync(Cultures.Albanian, RoutePrefix, "trajnim-per-te-rinjte-ne-prizren")));

        using var published = await PostEditorAsync(editor, id, ("command", "publish"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await (await editor.GetAsync($"/admin/contents/{id}/edit", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("„Trajnim për të rinjtë në Prizren” u publikua.", page, StringComparison.Ordinal);
        var item = await contents.WithContentsAsync(m => m.FindPublishedAsync(Cultures.Albanian, RoutePrefix, "trajnim-per-te-rinjte-ne-prizren"));
        Assert.Equal("<p>Regjistrohuni tani.</p>", item!.Data["body"]!["html"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_version_is_told_and_the_first_text_stays()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        using var first = await contents.App.CreateSignedInClientAsync(ContentsApp.EditorEmail);
        using var second = await contents.App.CreateSignedInClientAsync(ContentsApp.SecondEditorEmail);
        var id = await CreateAsync(first, ("Title", "Njoftim i përbashkët"), ("command", "save"));
        var firstForm = await EditorFormAsync(first, id);
        var secondForm = await EditorFormAsync(second, id);

        using var saved = await first.PostFormAsync($"/admin/contents/{id}/edit", firstForm.Token, firstForm.With(("Title", "Teksti i redaktorit të parë"), ("command", "save")), Cancel);
        using var refused = await second.PostFormAsync($"/admin/contents/{id}/edit", secondForm.Token, secondForm.With(("Title", "Teksti i redaktorit të dytë"), ("command", "save")), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Dikush tjetër e ruajti këtë element pasi ju e hapët. Ndryshimet tuaja nuk u ruajtën", await refused.ReadPageAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("Teksti i redaktorit të parë", (await contents.WithContentsAsync(m => m.GetLatestAsync(id)))!.DisplayText);
    }

    [Fact]
    public async Task A_ten_thousand_character_slug_is_refused_with_a_message_and_nothing_is_saved()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        using var editor = await contents.App.CreateSignedInClientAsync(ContentsApp.EditorEmail);

        using var response = await editor.SubmitFormAsync($"/admin/contents/create?type={NoticeType}&culture=sq", "/admin/contents/create",
            NewNotice(("Title", "Adresë e gjatë"), ("Slug", new string('a', 10_000)), ("command", "save")), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Adresa (slug) duhet të ketë së shumti 200 karaktere.", await response.ReadPageAsync(Cancel), StringComparison.Ordinal);
        var list = await (await editor.GetAsync($"/admin/contents?type={NoticeType}", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Elemente të gjetura: 0", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_tag_in_a_title_is_stored_and_shown_as_plain_text()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        using var editor = await contents.App.CreateSignedInClientAsync(ContentsApp.EditorEmail);

        var id = await CreateAsync(editor, ("Title", "Lajm <script>alert('x')</script>"), ("Body", "<p>Tekst</p><script>alert('y')</script>"), ("command", "save"));

        var item = await contents.WithContentsAsync(m => m.GetLatestAsync(id));
        Assert.Equal("Lajm", item!.DisplayText);
        Assert.Equal("<p>Tekst</p>", item.Data["body"]!["html"]!.GetValue<string>());
        var list = await (await editor.GetAsync("/admin/contents", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("<script>alert", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_published_item_shows_two_versions_in_the_history_and_restoring_brings_back_the_first()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        using var editor = await contents.App.CreateSignedInClientAsync(ContentsApp.EditorEmail);
        var id = await CreateAsync(editor, ("Title", "Versioni i parë"), ("Body", "<p>Teksti i parë</p>"), ("command", "publish"));
        (await PostEditorAsync(editor, id, ("Title", "Versioni i dytë"), ("Body", "<p>Teksti i dytë</p>"), ("command", "save"))).Dispose();

        var history = await (await editor.GetAsync($"/admin/contents/{id}/history", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Versioni i parë", history, StringComparison.Ordinal);
        Assert.Contains("Versioni i dytë", history, StringComparison.Ordinal);
        var first = VersionLink().Matches(history).Select(m => m.Groups["version"].Value).Single();
        var diff = await (await editor.GetAsync($"/admin/contents/{id}/history/{first}", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Hequr: </span>Teksti i parë", diff, StringComparison.Ordinal);
        Assert.Contains("Shtuar: </span>Teksti i dytë", diff, StringComparison.Ordinal);

        using var restored = await editor.SubmitFormAsync($"/admin/contents/{id}/history/{first}", $"/admin/contents/{id}/history/{first}/restore", [], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var latest = await contents.WithContentsAsync(m => m.GetLatestAsync(id));
        Assert.Equal("Versioni i parë", latest!.DisplayText);
        Assert.Equal("<p>Teksti i parë</p>", latest.Data["body"]!["html"]!.GetValue<string>());
        Assert.Equal(2, (await contents.WithContentsAsync(m => m.GetVersionsAsync(id))).Count);
    }

    [Fact]
    public async Task Translating_from_the_list_makes_a_linked_draft_and_the_list_shows_what_is_still_missing()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        using var editor = await contents.App.CreateSignedInClientAsync(ContentsApp.EditorEmail);
        var id = await CreateAsync(editor, ("Title", "Thirrje për aplikime"), ("command", "save"));
        var list = await (await editor.GetAsync("/admin/contents", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Srpski, Српски, English", list, StringComparison.Ordinal);

        using var translated = await editor.SubmitFormAsync("/admin/contents", $"/admin/contents/{id}/translate", [("culture", Cultures.English)], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        var translationId = translated.Headers.Location!.OriginalString.Split('/')[3];
        var translation = await contents.WithContentsAsync(m => m.GetLatestAsync(translationId));
        Assert.Equal(Cultures.English, translation!.Culture);
        Assert.Equal((await contents.WithContentsAsync(m => m.GetLatestAsync(id)))!.TranslationSetId, translation.TranslationSetId);
        list = await (await editor.GetAsync("/admin/contents?culture=sq", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Srpski, Српски", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Srpski, Српски, English", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_content_permissions_cannot_open_the_editor()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        await contents.App.CreateUserAsync("officer@integra.test", ContentsApp.Password, Integra.Core.Security.Roles.ProgrammeOfficer);
        using var officer = await contents.App.CreateSignedInClientAsync("officer@integra.test");

        using var response = await officer.GetAsync($"/admin/contents/create?type={NoticeType}&culture=sq", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static IEnumerable<(string Name, string Value)> NewNotice(params (string Name, string Value)[] fields) =>
        fields.Concat([("ContentType", NoticeType), ("Culture", Cultures.Albanian)]);

    private static async Task<string> CreateAsync(HttpClient editor, params (string Name, string Value)[] fields)
    {
        using var response = await editor.SubmitFormAsync($"/admin/contents/create?type={NoticeType}&culture=sq", "/admin/contents/create", NewNotice(fields), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/')[3];
    }

    private static async Task<HttpResponseMessage> PostEditorAsync(HttpClient editor, string id, params (string Name, string Value)[] fields)
    {
        var form = await EditorFormAsync(editor, id);
        return await editor.PostFormAsync($"/admin/contents/{id}/edit", form.Token, form.With(fields), Cancel);
    }

    private static async Task<EditorForm> EditorFormAsync(HttpClient editor, string id)
    {
        var html = await (await editor.GetAsync($"/admin/contents/{id}/edit", Cancel)).Content.ReadAsStringAsync(Cancel);
        var fields = InputValue().Matches(html).Where(m => m.Groups["name"].Value != HtmlForms.TokenField)
            .Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Concat(TextArea().Matches(html).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))))
            .ToList();
        return new EditorForm(HtmlForms.AntiforgeryToken(html), fields);
    }

    private sealed record EditorForm(string Token, IReadOnlyList<(string Name, string Value)> Fields)
    {
        public IEnumerable<(string Name, string Value)> With(params (string Name, string Value)[] changes) =>
            Fields.Where(f => changes.All(c => c.Name != f.Name)).Concat(changes);
    }

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputValue();

    [GeneratedRegex("<textarea[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("/history/(?<version>[0-9a-f]{32})\"")]
    private static partial Regex VersionLink();
}

public sealed class SqliteContentEditorTests() : ContentEditorTests("Sqlite");

public sealed class PostgresContentEditorTests() : ContentEditorTests("Postgres");
