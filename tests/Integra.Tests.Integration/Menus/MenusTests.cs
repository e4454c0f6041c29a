using System.Net;
using Integra.Testing;
using Integra.Tests.Integration.Admin;

namespace Integra.Tests.Integration.Menus;

public abstract class MenusTests(string provider)
{
    [Fact]
    public async Task Every_culture_starts_with_its_own_main_menu_and_the_current_page_is_marked()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        var albanian = await admin.HtmlAsync("/sq");
        Assert.Contains("<a class=\"nav-link active\" href=\"/sq\" aria-current=\"page\">Ballina</a>", albanian, StringComparison.Ordinal);
        Assert.Contains("href=\"/sq/calls\">Thirrje</a>", albanian, StringComparison.Ordinal);
        var cyrillic = await admin.HtmlAsync("/sr-Cyrl");
        Assert.Contains("href=\"/sr-Cyrl/news\">Вести</a>", cyrillic, StringComparison.Ordinal);
        Assert.Contains("href=\"/sr-Cyrl/contact\">Контакт</a>", cyrillic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_menu_item_added_in_one_culture_shows_in_that_cultures_layout_only()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        await admin.PageAsync("/admin/menus?menu=main&culture=en");
        var editor = await admin.PostAndFollowAsync("/admin/menus/items", ("menu", "main"), ("culture", "en"), ("Text", "Partners"), ("Url", "/en/partners"), ("ParentId", ""));

        Assert.Contains("Added “Partners”.", editor, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/partners\">Partners</a>", await admin.HtmlAsync("/en"), StringComparison.Ordinal);
        Assert.DoesNotContain("Partners", await admin.HtmlAsync("/sq"), StringComparison.Ordinal);
        Assert.Contains("Menus Menu item added main (en) Partners → /en/partners", await admin.PageAsync("/admin/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_footer_menu_copied_from_another_culture_points_at_that_cultures_pages()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        await admin.PageAsync("/admin/menus?menu=footer&culture=en");
        await admin.PostAndFollowAsync("/admin/menus/items", ("menu", "footer"), ("culture", "en"), ("Text", "Privacy"), ("Url", "/en/privacy"), ("ParentId", ""));

        await admin.PageAsync("/admin/menus?menu=footer&culture=sq");
        var copied = await admin.PostAndFollowAsync("/admin/menus/copy", ("menu", "footer"), ("culture", "sq"), ("from", "en"));

        Assert.Contains("Copied 1 items from English.", copied, StringComparison.Ordinal);
        var page = await admin.HtmlAsync("/sq");
        Assert.Contains("<nav aria-label=\"Navigimi në fund të faqes\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/sq/privacy\">Privacy</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsafe_address_is_refused_with_a_message_and_nothing_is_added()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        await admin.PageAsync("/admin/menus?menu=main&culture=en");
        var page = await admin.PostAndReadAsync("/admin/menus/items", ("menu", "main"), ("culture", "en"), ("Text", "Trap"), ("Url", "javascript:alert(1)"), ("ParentId", ""));

        Assert.Contains("The address must be a path on this site (starting with /) or begin with https://, http:// or mailto:.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Trap", await admin.PageAsync("/en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_the_menus_feature_removes_the_menus_from_the_layout_and_pages_still_render()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        Assert.Contains("href=\"/en/search\"", await admin.HtmlAsync("/en"), StringComparison.Ordinal);

        await admin.PageAsync("/admin/features");
        await admin.PostAndFollowAsync("/admin/features/disable", ("id", "Integra.Menus"));

        var page = await admin.HtmlAsync("/en");
        Assert.DoesNotContain("href=\"/en/search\"", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"nav-link\" href=\"/en\">Home</a>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/admin/menus"));
    }
}

public sealed class SqliteMenusTests() : MenusTests("Sqlite");

public sealed class PostgresMenusTests() : MenusTests("Postgres");
