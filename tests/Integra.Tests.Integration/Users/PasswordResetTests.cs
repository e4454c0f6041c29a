using System.Net;
using Integra.Testing;

namespace Integra.Tests.Integration.Users;

public abstract class PasswordResetTests(string provider)
{
    [Fact]
    public async Task A_password_reset_through_the_emailed_link_replaces_the_old_password_once()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("editor@integra.test", "Old-Password-2026", "Editor");
        using var client = app.CreateBrowserlikeClient();

        using var asked = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", [("Email", "editor@integra.test")], cancellationToken);
        using var askedForNobody = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", [("Email", "nobody@integra.test")], cancellationToken);
        Assert.Equal("/account/check-your-email", asked.RedirectTarget());
        Assert.Equal(asked.RedirectTarget(), askedForNobody.RedirectTarget());

        var mail = await app.Mailbox.WaitForAsync("editor@integra.test");
        Assert.Empty(app.Mailbox.To("nobody@integra.test"));
        var link = mail.LinkTo("/account/reset-password");

        using var reset = await client.SubmitFormAsync(link, "/account/reset-password",
        [
            ("UserId", QueryValue(link, "userId")),
            ("Code", QueryValue(link, "code")),
            ("Password", "New-Password-2026"),
            ("ConfirmPassword", "New-Password-2026"),
        ], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/password-changed", reset.RedirectTarget());

        using var oldPassword = await client.SignInAsync("editor@integra.test", "Old-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await client.SignInAsync("editor@integra.test", "New-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        using var signedOut = await client.SignOutAsync(cancellationToken);

        using var reused = await client.SubmitFormAsync(link, "/account/reset-password",
        [
            ("UserId", QueryValue(link, "userId")),
            ("Code", QueryValue(link, "code")),
            ("Password", "Third-Password-2026"),
            ("ConfirmPassword", "Third-Password-2026"),
        ], cancellationToken);
        Assert.Contains("Kjo lidhje nuk është e vlefshme ose ka skaduar.", await reused.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
    }

    private static string QueryValue(string pathAndQuery, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + pathAndQuery).Query)[name].ToString();
}

public sealed class SqlitePasswordResetTests() : PasswordResetTests("Sqlite");

public sealed class PostgresPasswordResetTests() : PasswordResetTests("Postgres");
