using System.Net;
using Integra.Testing;

namespace Integra.Tests.Integration.Users;

public abstract class LockoutTests(string provider)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("officer@integra.test", "Right-Password-2026", "Programme officer");
        using var client = app.CreateBrowserlikeClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SignInAsync("officer@integra.test", $"Wrong-Password-{attempt}", cancellationToken: cancellationToken);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Adresa e e-mailit ose fjalëkalimi nuk është i saktë.", await wrong.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
        }

        using var fifth = await client.SignInAsync("officer@integra.test", "Wrong-Password-5", cancellationToken: cancellationToken);
        Assert.Contains("Kjo llogari është bllokuar për shkak të shumë përpjekjeve të dështuara për t'u kyçur. Provoni përsëri pas 15 minutash.",
            await fifth.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var right = await client.SignInAsync("officer@integra.test", "Right-Password-2026", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var page = await right.ReadPageAsync(cancellationToken);
        Assert.Contains("Kjo llogari është bllokuar", page, StringComparison.Ordinal);
        Assert.Contains("15 minutash", page, StringComparison.Ordinal);

        using var manage = await client.GetAsync("/account/manage", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
        Assert.StartsWith("/account/login", manage.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lockout_message_speaks_the_visitors_language()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("evaluator@integra.test", "Right-Password-2026", "Evaluator");
        using var client = app.CreateBrowserlikeClient();
        using var _ = await client.GetAsync("/culture?culture=sr-Latn&returnUrl=/account/login", cancellationToken);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SignInAsync("evaluator@integra.test", $"Wrong-Password-{attempt}", cancellationToken: cancellationToken);
        }

        using var right = await client.SignInAsync("evaluator@integra.test", "Right-Password-2026", cancellationToken: cancellationToken);
        Assert.Contains("Ovaj nalog je zaključan zbog previše neuspelih pokušaja prijave. Pokušajte ponovo za 15 minuta.",
            await right.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
    }
}

public sealed class SqliteLockoutTests() : LockoutTests("Sqlite");

public sealed class PostgresLockoutTests() : LockoutTests("Postgres");
