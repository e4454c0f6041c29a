using System.Net;
using System.Text.RegularExpressions;
using Integra.Core.Settings;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Users;

public abstract partial class StaffTwoFactorTests(string provider)
{
    [Fact]
    public async Task With_two_factor_required_staff_are_sent_to_setup_and_afterwards_sign_in_only_with_a_valid_code()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await RequireTwoFactorForStaffAsync(app);
        using var client = app.CreateBrowserlikeClient();

        using var signedIn = await client.SignInAsync(IntegraAppFactory.AdminEmail, IntegraAppFactory.AdminPassword, cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var users = await client.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        var setupUrl = users.RedirectTarget()!;
        Assert.Equal("/account/manage/two-factor/enable?returnUrl=%2Fadmin%2Fusers", setupUrl);

        using var setup = await client.GetAsync(setupUrl, cancellationToken);
        var setupPage = await setup.ReadPageAsync(cancellationToken);
        Assert.Contains("Faqja kërkon kyçje me dy faktorë për stafin.", setupPage, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", setupPage, StringComparison.Ordinal);
        var key = SharedKey().Match(setupPage).Groups["key"].Value;
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", key);

        using var wrongSetupCode = await client.PostFormAsync("/account/manage/two-factor/enable", HtmlForms.AntiforgeryToken(setupPage),
            [("Code", WrongCode(key)), ("ReturnUrl", "/admin/users")], cancellationToken);
        Assert.Equal(HttpStatusCode.OK, wrongSetupCode.StatusCode);
        Assert.Contains("Kodi nuk është i vlefshëm.", await wrongSetupCode.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var enabled = await client.SubmitFormAsync(setupUrl, "/account/manage/two-factor/enable",
            [("Code", Totp.Code(key)), ("ReturnUrl", "/admin/users")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        using var codes = await client.GetAsync(enabled.RedirectTarget()!, cancellationToken);
        var codesPage = await codes.ReadPageAsync(cancellationToken);
        var recoveryCodes = RecoveryCode().Matches(codesPage).Select(m => m.Groups["code"].Value).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Contains("href=\"/admin/users\"", codesPage, StringComparison.Ordinal);

        using var usersAfterSetup = await client.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, usersAfterSetup.StatusCode);

        using var signedOut = await client.SignOutAsync(cancellationToken);
        using var password = await client.SignInAsync(IntegraAppFactory.AdminEmail, IntegraAppFactory.AdminPassword, "/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var twoFactorUrl = password.RedirectTarget()!;
        Assert.StartsWith("/account/login-with-2fa?", twoFactorUrl, StringComparison.Ordinal);

        using var notYet = await client.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        Assert.StartsWith("/account/login", notYet.RedirectTarget(), StringComparison.Ordinal);

        using var wrongCode = await client.SubmitFormAsync(twoFactorUrl, "/account/login-with-2fa",
            [("Code", WrongCode(key)), ("ReturnUrl", "/admin/users"), ("RememberMe", "false")], cancellationToken);
        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Contains("Kodi nuk është i vlefshëm.", await wrongCode.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var rightCode = await client.SubmitFormAsync(twoFactorUrl, "/account/login-with-2fa",
            [("Code", Totp.Code(key)), ("ReturnUrl", "/admin/users"), ("RememberMe", "false")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, rightCode.StatusCode);
        Assert.Equal("/admin/users", rightCode.RedirectTarget());

        using var usersWithCode = await client.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, usersWithCode.StatusCode);

        // A recovery code stands in for the phone once, and only once.
        using var fresh = app.CreateBrowserlikeClient();
        using var again = await fresh.SignInAsync(IntegraAppFactory.AdminEmail, IntegraAppFactory.AdminPassword, cancellationToken: cancellationToken);
        using var recovered = await fresh.SubmitFormAsync("/account/login-with-recovery-code", "/account/login-with-recovery-code",
            [("RecoveryCode", recoveryCodes[0]), ("ReturnUrl", "")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal("/admin", recovered.RedirectTarget());
    }

    [Fact]
    public async Task With_two_factor_required_staff_cannot_turn_it_off_but_applicants_are_not_asked()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await RequireTwoFactorForStaffAsync(app);
        await app.CreateUserAsync("applicant@example.test", "Applicant-Password-1", "Applicant");
        using var client = app.CreateBrowserlikeClient();

        using var signedIn = await client.SignInAsync("applicant@example.test", "Applicant-Password-1", cancellationToken: cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var twoFactor = await client.GetAsync("/account/manage/two-factor", cancellationToken);
        var page = await twoFactor.ReadPageAsync(cancellationToken);
        Assert.DoesNotContain("e detyrueshme për rolin tuaj", page, StringComparison.Ordinal);
        using var admin = await client.GetAsync("/admin/users", cancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    private static async Task RequireTwoFactorForStaffAsync(IntegraAppFactory app)
    {
        _ = app.ServerAddress;
        await using var scope = app.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<SiteSettingsService>();
        var current = await settings.GetAsync(TestContext.Current.CancellationToken);
        current.RequireTwoFactorForStaff = true;
        await settings.SaveAsync(current, current.Revision, TestContext.Current.CancellationToken);
    }

    /// <summary>A code that no step of the accepted time window produces.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    [GeneratedRegex("data-testid=\"shared-key\">(?<key>[^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li class=\"col\"><code class=\"fs-6 text-body\">(?<code>[^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}

public sealed class SqliteStaffTwoFactorTests() : StaffTwoFactorTests("Sqlite");

public sealed class PostgresStaffTwoFactorTests() : StaffTwoFactorTests("Postgres");
