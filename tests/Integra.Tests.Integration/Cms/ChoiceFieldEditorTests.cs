using System.Net;
using System.Text.RegularExpressions;
using Integra.Cms.Models;
using Integra.Contents.Services;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Cms;

public sealed class SqliteChoiceFieldEditorTests() : ChoiceFieldEditorTests("Sqlite");

public sealed class PostgresChoiceFieldEditorTests() : ChoiceFieldEditorTests("Postgres");

/// <summary>
/// Choice fields in the content editor: editors pick municipalities by name from checkboxes, and saving an item
/// keeps the ones it had (the editor once showed them as an empty text box, and saving dropped them).
/// </summary>
public abstract partial class ChoiceFieldEditorTests(string provider) : EditorAppTests(provider, "municipal-news@integra.test")
{
    private const string Municipalities = $"Fields[{CmsContentTypes.Fields.Municipalities}]";

    [Fact]
    public async Task An_editor_ticks_municipalities_by_name_and_saving_the_article_again_keeps_them()
    {
        using var editor = await SignInEditorAsync();
        using var created = await editor.SubmitFormAsync($"/admin/contents/create?type={CmsContentTypes.NewsArticle}&culture=sq", "/admin/contents/create",
            [("ContentType", CmsContentTypes.NewsArticle), ("Culture", "sq"), ("Title", "Panair pune në Malishevë dhe Drenas"), ("Body", "<p>Të hënën.</p>"),
             (Municipalities, "malisheva"), (Municipalities, "drenas"), ("command", "save")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[3];
        Assert.Equal(["drenas", "malisheva"], await MunicipalitiesAsync(id));

        // The editor reads names, not codes, and sees what is ticked.
        var page = await (await editor.GetAsync($"/admin/contents/{id}/edit", Cancel)).ReadPageAsync(Cancel);
        Assert.Matches("<input type=\"checkbox\"[^>]*value=\"malisheva\" checked=\"checked\"[^>]*/>\\s*<label[^>]*>Malisheva</label>", page);
        Assert.Matches("<input type=\"checkbox\"[^>]*value=\"drenas\" checked=\"checked\"[^>]*/>\\s*<label[^>]*>Drenasi</label>", page);
        Assert.Matches("<input type=\"checkbox\"[^>]*value=\"south-mitrovica\"(?! checked)[^>]*/>\\s*<label[^>]*>Mitrovica e Jugut</label>", page);

        // Saved again as the page stands, with only the title changed: both municipalities stay.
        using var saved = await editor.PostFormAsync($"/admin/contents/{id}/edit", HtmlForms.AntiforgeryToken(page),
            PostedBy(page).Where(f => f.Name != "Title").Append(("Title", "Panair pune në Malishevë dhe Drenas, e hënë")), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["drenas", "malisheva"], await MunicipalitiesAsync(id));

        // A code that is not an option is refused with a message, and the article keeps what it had.
        page = await (await editor.GetAsync($"/admin/contents/{id}/edit", Cancel)).ReadPageAsync(Cancel);
        using var forged = await editor.PostFormAsync($"/admin/contents/{id}/edit", HtmlForms.AntiforgeryToken(page),
            PostedBy(page).Append((Municipalities, "belgrade")), Cancel);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("„Komunat” ka një zgjedhje që nuk është ndër opsionet e saj.", await forged.ReadPageAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(["drenas", "malisheva"], await MunicipalitiesAsync(id));
    }

    private async Task<IReadOnlyList<string>> MunicipalitiesAsync(string id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetLatestAsync(id, Cancel);
        return item!.Strings(CmsContentTypes.Fields.Municipalities);
    }

    /// <summary>What the browser would post: every named input with its value, but checkboxes only when ticked, and the text areas.</summary>
    private static IEnumerable<(string Name, string Value)> PostedBy(string page) =>
        Input().Matches(page)
            .Where(m => m.Groups["name"].Value != HtmlForms.TokenField && (!m.Value.Contains("type=\"checkbox\"", StringComparison.Ordinal) || m.Value.Contains("checked", StringComparison.Ordinal)))
            .Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Concat(TextArea().Matches(page).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))))
            .Append(("command", "save"))
            .ToList();

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();
}
