using System.Net;
using System.Text.RegularExpressions;
using Integra.Core.Data;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Users;

public abstract partial class UsersAdminTests(string provider)
{
    [Fact]
    public async Task A_user_without_ManageUsers_gets_403_on_the_users_screen_and_visitors_are_sent_to_sign_in()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("editor@integra.test", "Editor-Password-2026", "Editor");

        using var visitor = app.CreateBrowserlikeClient();
        using var anonymous = await visitor.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Fadmin%2Fusers", anonymous.RedirectTarget(), StringComparison.Ordinal);

        using var editor = app.CreateBrowserlikeClient();
        using var signedIn = await editor.SignInAsync("editor@integra.test", "Editor-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        foreach (var url in new[] { "/admin/users", "/admin/users/invite", "/admin/roles" })
        {
            using var response = await editor.GetAsync(url, cancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Granting_ManageUsers_to_Editor_in_the_roles_screen_lets_an_editor_in()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("editor@integra.test", "Editor-Password-2026", "Editor");
        using var editor = app.CreateBrowserlikeClient();
        using var editorIn = await editor.SignInAsync("editor@integra.test", "Editor-Password-2026", cancellationToken: cancellationToken);
        using var before = await editor.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);

        using var admin = await SignedInAdminAsync(app);
        using var roles = await admin.GetAsync("/admin/roles", cancellationToken);
        var editorRole = RoleLink().Matches(await roles.ReadPageAsync(cancellationToken)).Single(m => m.Groups["name"].Value == "Redaktor").Groups["id"].Value;
        using var grid = await admin.GetAsync($"/admin/roles/{editorRole}", cancellationToken);
        var gridPage = await grid.ReadPageAsync(cancellationToken);
        Assert.Contains("value=\"ManageUsers\"", gridPage, StringComparison.Ordinal);
        Assert.Contains("Siguria", gridPage, StringComparison.Ordinal);
        using var saved = await admin.PostFormAsync($"/admin/roles/{editorRole}", HtmlForms.AntiforgeryToken(gridPage), [("granted", "ManageUsers")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var after = await editor.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        using var stillNotRoles = await editor.GetAsync("/admin/roles", cancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, stillNotRoles.StatusCode);
        Assert.Contains(await AuditAsync(app), a => a.Action == "Role permissions changed" && a.Subject == "Editor" && a.UserName == IntegraAppFactory.AdminEmail);
    }

    [Fact]
    public async Task The_Administrator_role_shows_all_permissions_and_cannot_be_edited()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await SignedInAdminAsync(app);

        using var roles = await admin.GetAsync("/admin/roles", cancellationToken);
        var rolesPage = await roles.ReadPageAsync(cancellationToken);
        var administratorRole = RoleLink().Matches(rolesPage).Single(m => m.Groups["name"].Value == "Administrator").Groups["id"].Value;
        using var grid = await admin.GetAsync($"/admin/roles/{administratorRole}", cancellationToken);
        var gridPage = await grid.ReadPageAsync(cancellationToken);
        Assert.Contains("Administratorët i kanë të gjitha lejet", gridPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"granted\"", gridPage, StringComparison.Ordinal);

        using var forced = await admin.PostFormAsync($"/admin/roles/{administratorRole}", HtmlForms.AntiforgeryToken(gridPage), [("granted", "ManageUsers")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.DoesNotContain(await AuditAsync(app), a => a.Action == "Role permissions changed");
    }

    [Fact]
    public async Task An_invited_user_chooses_a_password_through_the_emailed_link_and_signs_in_with_the_given_role()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await SignedInAdminAsync(app);

        using var invited = await admin.SubmitFormAsync("/admin/users/invite", "/admin/users/invite",
            [("Email", "officer@integra.test"), ("DisplayName", "Besa Gashi"), ("Roles", "Programme officer")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var mail = await app.Mailbox.WaitForAsync("officer@integra.test");
        Assert.Equal("Jeni ftuar në INTEGRA", mail.Subject);
        var link = mail.LinkTo("/account/reset-password");
        using var officer = app.CreateBrowserlikeClient();
        using var form = await officer.GetAsync(link, cancellationToken);
        var formPage = await form.ReadPageAsync(cancellationToken);
        Assert.Contains("Mirë se vini! Zgjidhni fjalëkalimin tuaj", formPage, StringComparison.Ordinal);
        using var chosen = await officer.PostFormAsync("/account/reset-password", HtmlForms.AntiforgeryToken(formPage),
        [
            ("UserId", HiddenValue(formPage, "UserId")),
            ("Code", HiddenValue(formPage, "Code")),
            ("Invited", "true"),
            ("Password", "Officer-Password-2026"),
            ("ConfirmPassword", "Officer-Password-2026"),
        ], cancellationToken);
        Assert.Equal("/account/password-changed", chosen.RedirectTarget());

        using var signedIn = await officer.SignInAsync("officer@integra.test", "Officer-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.RedirectTarget());

        using var list = await admin.GetAsync("/admin/users?q=officer", cancellationToken);
        var listPage = await list.ReadPageAsync(cancellationToken);
        Assert.Contains("Besa Gashi", listPage, StringComparison.Ordinal);
        Assert.Contains("Zyrtar i programit", listPage, StringComparison.Ordinal);
        Assert.Contains("Përdorues të gjetur: 1", listPage, StringComparison.Ordinal);
        var audit = await AuditAsync(app);
        Assert.Contains(audit, a => a.Action == "User invited" && a.Subject == "officer@integra.test");
        Assert.Contains(audit, a => a.Action == "Invitation accepted" && a.Subject == "officer@integra.test");
    }

    [Fact]
    public async Task A_user_locked_by_an_administrator_cannot_sign_in_until_unlocked_and_both_changes_are_audited()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        var user = await app.CreateUserAsync("evaluator@integra.test", "Evaluator-Password-2026", "Evaluator");
        using var admin = await SignedInAdminAsync(app);

        using var list = await admin.GetAsync("/admin/users?q=evaluator", cancellationToken);
        Assert.Contains($"href=\"/admin/users/{user.Id}\"", await list.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
        using var locked = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/lock", [], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        using var lockedList = await admin.GetAsync("/admin/users?q=evaluator", cancellationToken);
        Assert.Contains("E bllokuar", await lockedList.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var evaluator = app.CreateBrowserlikeClient();
        using var refused = await evaluator.SignInAsync("evaluator@integra.test", "Evaluator-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kjo llogari është bllokuar nga një administrator.", await refused.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var unlocked = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/unlock", [], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        using var accepted = await evaluator.SignInAsync("evaluator@integra.test", "Evaluator-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var audit = await AuditAsync(app);
        Assert.Contains(audit, a => a.Action == "User locked" && a.Subject == "evaluator@integra.test" && a.UserName == IntegraAppFactory.AdminEmail);
        Assert.Contains(audit, a => a.Action == "User unlocked" && a.Subject == "evaluator@integra.test");
    }

    [Fact]
    public async Task Roles_edited_on_the_users_screen_change_what_the_user_may_open()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        var user = await app.CreateUserAsync("official@integra.test", "Official-Password-2026", "Municipal official");
        using var admin = await SignedInAdminAsync(app);

        using var saved = await admin.SubmitFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/roles",
            [("roles", "Municipal official"), ("roles", "Administrator")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var official = app.CreateBrowserlikeClient();
        using var signedIn = await official.SignInAsync("official@integra.test", "Official-Password-2026", cancellationToken: cancellationToken);
        using var users = await official.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains(await AuditAsync(app), a => a.Action == "User roles changed" && a.Details == "Added: Administrator; removed: ");
    }

    private static async Task<HttpClient> SignedInAdminAsync(IntegraAppFactory app)
    {
        var client = app.CreateBrowserlikeClient();
        using var response = await client.SignInAsync(IntegraAppFactory.AdminEmail, IntegraAppFactory.AdminPassword, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<List<AuditEntry>> AuditAsync(IntegraAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
    }

    private static string HiddenValue(string page, string name) =>
        Regex.Match(page, $"<input type=\"hidden\"[^>]*name=\"{name}\"[^>]*value=\"(?<value>[^\"]*)\"").Groups["value"].Value;

    [GeneratedRegex("<a href=\"/admin/roles/(?<id>[^\"]+)\">(?<name>[^<]+)</a>")]
    private static partial Regex RoleLink();
}

public sealed class SqliteUsersAdminTests() : UsersAdminTests("Sqlite");

public sealed class PostgresUsersAdminTests() : UsersAdminTests("Postgres");
