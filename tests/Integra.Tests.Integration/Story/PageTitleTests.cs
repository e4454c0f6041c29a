using System.Text.RegularExpressions;
using Integra.Testing;

namespace Integra.Tests.Integration.Story;

/// <summary>
/// Titles built from a message and a value (a search, a role) show the value. The view localizer's
/// <c>T["…{0}", value].Value</c> is the message unformatted, which is how "{0}" reached browser tabs.
/// </summary>
public sealed partial class PageTitleTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Titles_that_name_a_search_or_a_role_show_it()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        using var visitor = app.CreateBrowserlikeClient();
        using var search = await visitor.GetAsync("/sq/search?q=grante", Cancel);
        Assert.StartsWith("Kërkim: grante · ", Title(await search.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);

        using var admin = await app.CreateSignedInClientAsync(IntegraAppFactory.AdminEmail);
        using var roles = await admin.GetAsync("/admin/roles", Cancel);
        var link = RoleLink().Match(await roles.Content.ReadAsStringAsync(Cancel));
        Assert.True(link.Success, "The roles screen links to a role.");
        using var role = await admin.GetAsync(link.Groups[1].Value, Cancel);
        var title = Title(await role.Content.ReadAsStringAsync(Cancel));
        Assert.DoesNotContain("{0}", title, StringComparison.Ordinal);
        Assert.Matches("^Lejet e rolit [A-Z]", title);
    }

    private static string Title(string html) => System.Net.WebUtility.HtmlDecode(TitleTag().Match(html).Groups[1].Value);

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleTag();

    [GeneratedRegex("href=\"(/admin/roles/[^\"/?]+)\"")]
    private static partial Regex RoleLink();
}
