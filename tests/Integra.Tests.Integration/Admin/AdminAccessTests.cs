using System.Net;
using Integra.Admin;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Admin;

public abstract class AdminAccessTests(string provider)
{
    private const string Password = "Staff-Password-2026!";

    private static readonly string[] Screens = ["/admin", "/admin/features", "/admin/phases", "/admin/phases/new", "/admin/audit", "/admin/audit/export", "/admin/settings"];

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_staff_see_only_what_their_permissions_allow()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("editor@integra.test", Password, Roles.Editor);
        await app.CreateUserAsync("applicant@integra.test", Password, Roles.Applicant);

        using var anonymous = app.CreateBrowserlikeClient();
        foreach (var screen in Screens)
        {
            using var response = await anonymous.GetAsync(screen, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.StartsWith("/account/login?ReturnUrl=", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
        }

        using var editor = await AdminClient.SignInAsync(app, "editor@integra.test");
        var dashboard = await editor.PageAsync("/admin");
        Assert.Contains("Welcome, editor@integra.test.", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Recent activity", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/features", await editor.HtmlAsync("/admin"), StringComparison.Ordinal);
        foreach (var screen in Screens.Skip(1))
        {
            Assert.Equal(HttpStatusCode.Forbidden, await editor.StatusAsync(screen));
        }

        using var applicant = await AdminClient.SignInAsync(app, "applicant@integra.test");
        Assert.Equal(HttpStatusCode.Forbidden, await applicant.StatusAsync("/admin"));
    }

    [Fact]
    public async Task Every_admin_screen_renders_in_Albanian_for_an_administrator()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail, "sq");
        var phase = await PhaseIdAsync(app);

        var expected = new Dictionary<string, string>
        {
            ["/admin"] = "Mirë se erdhët, Administrator.",
            ["/admin/features"] = "Veçoritë",
            ["/admin/features?q=report"] = "Veçoritë që përputhen me „report”: 2",
            ["/admin/phases"] = "Fazat",
            ["/admin/phases/new"] = "Fazë e re",
            [$"/admin/phases/{phase}/edit"] = "Ndrysho fazën „Inception”",
            [$"/admin/phases/{phase}/apply"] = "Të zbatohet faza „Inception”?",
            [$"/admin/phases/{phase}/delete"] = "Të fshihet faza „Inception”?",
            ["/admin/audit"] = "Regjistri i auditimit",
            ["/admin/settings"] = "Cilësimet e faqes",
        };
        foreach (var (url, text) in expected)
        {
            var page = await admin.PageAsync(url);
            Assert.True(page.Contains(text, StringComparison.Ordinal), $"{url} does not say “{text}”.");
        }

        var menu = await admin.PageAsync("/admin");
        Assert.Contains("Konfigurimi Veçoritë Fazat Cilësimet", menu, StringComparison.Ordinal);
        Assert.Matches("Siguria( [^ ]+)* Regjistri i auditimit", menu);
    }

    [Fact]
    public async Task A_default_grant_is_given_once_and_a_revoked_one_stays_revoked_after_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = new IntegraAppFactory(database))
        {
            Assert.Contains(Permissions.AccessAdmin, await GrantsAsync(first, Roles.Evaluator));
            await using var scope = first.Services.CreateAsyncScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IntegraRole>>();
            var evaluator = (await roles.FindByNameAsync(Roles.Evaluator))!;
            await roles.RemoveClaimAsync(evaluator, new System.Security.Claims.Claim(Roles.PermissionClaimType, Permissions.AccessAdmin));
        }

        await using var second = new IntegraAppFactory(database);
        Assert.DoesNotContain(Permissions.AccessAdmin, await GrantsAsync(second, Roles.Evaluator));
        // Besides the admin, component 2 grants officials what joining its monitoring visits needs (issue 5).
        Assert.Equal(
            [Permissions.AccessAdmin, Integra.StartUps.Permissions.RecordMonitoringVisits, Integra.StartUps.Permissions.ViewStartUps],
            (await GrantsAsync(second, Roles.MunicipalOfficial)).Order(StringComparer.Ordinal));
        Assert.Equal([Integra.Applications.Permissions.ApplyToCalls], await GrantsAsync(second, Roles.Applicant));
    }

    private static async Task<List<string>> GrantsAsync(IntegraAppFactory app, string role)
    {
        _ = app.ServerAddress;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var normalized = role.ToUpperInvariant();
        return await db.RoleClaims
            .Where(rc => rc.ClaimType == Roles.PermissionClaimType && db.Roles.Any(r => r.Id == rc.RoleId && r.NormalizedName == normalized))
            .Select(rc => rc.ClaimValue!).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<int> PhaseIdAsync(IntegraAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Phases.Where(p => p.Name == "Inception").Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteAdminAccessTests() : AdminAccessTests("Sqlite");

public sealed class PostgresAdminAccessTests() : AdminAccessTests("Postgres");
