using System.Net;
using Integra.Testing;

namespace Integra.Tests.Integration.Users;

public abstract class SignInTests(string provider)
{
    [Fact]
    public async Task After_signing_in_only_a_return_address_on_this_site_is_followed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("applicant@example.test", "Applicant-Password-1", "Applicant");

        using var local = app.CreateBrowserlikeClient();
        using var toLocal = await local.SignInAsync("applicant@example.test", "Applicant-Password-1", "/account/manage", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, toLocal.StatusCode);
        Assert.Equal("/account/manage", toLocal.RedirectTarget());

        foreach (var foreign in new[] { "https://evil.example/phish", "//evil.example/phish", "/\\evil.example" })
        {
            using var client = app.CreateBrowserlikeClient();
            using var response = await client.SignInAsync("applicant@example.test", "Applicant-Password-1", foreign, cancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("applicant@example.test", "Applicant-Password-1", "Applicant");
        using var client = app.CreateBrowserlikeClient();
        using var signedIn = await client.SignInAsync("applicant@example.test", "Applicant-Password-1", cancellationToken: cancellationToken);
        using var before = await client.GetAsync("/account/manage", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var signedOut = await client.SignOutAsync(cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await client.GetAsync("/account/manage", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.RedirectTarget(), StringComparison.Ordinal);
    }
}

public sealed class SqliteSignInTests() : SignInTests("Sqlite");

public sealed class PostgresSignInTests() : SignInTests("Postgres");
