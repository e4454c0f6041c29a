using System.Net;
using Integra.Testing;

namespace Integra.Tests.Integration.Users;

public abstract class RegistrationTests(string provider)
{
    [Fact]
    public async Task A_registered_applicant_can_sign_in_only_after_following_the_emailed_confirmation_link()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();

        using var registered = await client.SubmitFormAsync("/account/register", "/account/register",
        [
            ("DisplayName", "Arta Krasniqi"),
            ("Email", "arta@example.test"),
            ("Password", "Applicant-Password-1"),
            ("ConfirmPassword", "Applicant-Password-1"),
        ], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/account/check-your-email", registered.RedirectTarget());

        var mail = await app.Mailbox.WaitForAsync("arta@example.test");
        Assert.Equal("Konfirmoni adresën tuaj të e-mailit për INTEGRA", mail.Subject);
        Assert.Contains("Përshëndetje Arta Krasniqi,", mail.TextBody, StringComparison.Ordinal);

        using var beforeConfirming = await client.SignInAsync("arta@example.test", "Applicant-Password-1", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.OK, beforeConfirming.StatusCode);
        Assert.Contains("Duhet ta konfirmoni adresën e e-mailit para se të kyçeni.", await beforeConfirming.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var confirmed = await client.GetAsync(mail.LinkTo("/account/confirm-email"), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Adresa juaj e e-mailit u konfirmua", await confirmed.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var signedIn = await client.SignInAsync("arta@example.test", "Applicant-Password-1", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.RedirectTarget());

        using var account = await client.GetAsync("/account/manage", cancellationToken);
        var page = await account.ReadPageAsync(cancellationToken);
        Assert.Contains("arta@example.test", page, StringComparison.Ordinal);
        Assert.Contains("Aplikant", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_the_same_and_tells_only_the_owner()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("owner@example.test", "Owner-Password-2026", "Applicant");
        using var client = app.CreateBrowserlikeClient();

        using var response = await client.SubmitFormAsync("/account/register", "/account/register",
        [
            ("DisplayName", "Someone Else"),
            ("Email", "owner@example.test"),
            ("Password", "Other-Password-2026"),
            ("ConfirmPassword", "Other-Password-2026"),
        ], cancellationToken);

        Assert.Equal("/account/check-your-email", response.RedirectTarget());
        var mail = await app.Mailbox.WaitForAsync("owner@example.test");
        Assert.Equal("Keni tashmë një llogari në INTEGRA", mail.Subject);
        using var signIn = await client.SignInAsync("owner@example.test", "Other-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_reasons_linked_from_the_error_summary()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();

        using var response = await client.SubmitFormAsync("/account/register", "/account/register",
            [("DisplayName", "Blerim"), ("Email", "blerim@example.test"), ("Password", "short"), ("ConfirmPassword", "short")], cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync(cancellationToken);
        Assert.Contains("Ka një problem", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"alert-link\" href=\"#Password\">Fjalëkalimi duhet të ketë të paktën 12 karaktere.</a>", page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.Empty(app.Mailbox.To("blerim@example.test"));
    }
}

public sealed class SqliteRegistrationTests() : RegistrationTests("Sqlite");

public sealed class PostgresRegistrationTests() : RegistrationTests("Postgres");
