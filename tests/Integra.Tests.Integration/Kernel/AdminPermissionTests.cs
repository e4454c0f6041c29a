using System.Net;
using Integra.Core.Data;
using Integra.Core.Modules;
using Integra.Core.Navigation;
using Integra.Core.Security;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.TestModule;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Kernel;

/// <summary>
/// The permission matrix: every admin endpoint found in routing, with every installed feature enabled, is
/// closed to visitors (sent to sign in) and to signed-in users who lack its permission (403).
/// </summary>
public abstract class AdminPermissionTests(string provider)
{
    private const string LoginPath = "/account/login";
    private const string TesterRole = "Permission matrix tester";
    private const string TesterEmail = "matrix@integra.test";
    private const string TesterPassword = "Matrix-Password-2026";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_admin_endpoint_names_the_permission_it_requires()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        var endpoints = await AdminEndpointsAsync(app);

        Assert.Empty(endpoints.Where(e => e.Permissions.Count == 0).Select(e => e.ToString()));
    }

    [Fact]
    public async Task Visitors_who_are_not_signed_in_are_sent_to_the_login_page_from_every_admin_endpoint()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();
        var endpoints = await AdminEndpointsAsync(app);

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            using var response = await client.SendAsync(endpoint.Request(), Cancellation);
            var location = response.Headers.Location is { } l ? new Uri(client.BaseAddress!, l).AbsolutePath : null;
            if (response.StatusCode != HttpStatusCode.Redirect || !string.Equals(location, LoginPath, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{endpoint}: {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(failures.Count == 0, "Not sent to the login page:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Signed_in_users_without_the_permission_get_403_from_every_admin_endpoint()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();
        var endpoints = await AdminEndpointsAsync(app);

        // The tester holds every permission of every enabled feature, and loses only the endpoint's own while it is asked.
        string roleId;
        IReadOnlyCollection<string> all;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IntegraRole>>();
            var role = new IntegraRole(TesterRole);
            Assert.True((await roles.CreateAsync(role)).Succeeded);
            roleId = role.Id;
            var permissions = scope.ServiceProvider.GetRequiredService<PermissionService>();
            all = permissions.EnabledPermissions(scope.ServiceProvider.GetRequiredService<ModuleCatalog>()).Select(p => p.Permission.Name).ToHashSet(StringComparer.Ordinal);
            await permissions.SetGrantsAsync(roleId, all, all, Cancellation);
        }

        await app.CreateUserAsync(TesterEmail, TesterPassword, TesterRole);
        using var signedIn = await client.SignInAsync(TesterEmail, TesterPassword, cancellationToken: Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var failures = new List<string>();
        foreach (var endpoint in endpoints.Where(e => e.Permissions.Count > 0))
        {
            await GrantAsync(endpoint.Permissions, granted: false);
            using (var response = await client.SendAsync(endpoint.Request(), Cancellation))
            {
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{endpoint} without {string.Join(", ", endpoint.Permissions)}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }

            await GrantAsync(endpoint.Permissions, granted: true);

            // Holding the permission opens the page: the 403 above came from the missing permission, not from the page.
            if (endpoint.Method == HttpMethod.Get.Method && !endpoint.HasParameters)
            {
                using var response = await client.SendAsync(endpoint.Request(), Cancellation);
                var location = response.Headers.Location is { } l ? new Uri(client.BaseAddress!, l).AbsolutePath : null;
                if (response.StatusCode == HttpStatusCode.Forbidden || string.Equals(location, LoginPath, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{endpoint} with {string.Join(", ", endpoint.Permissions)}: {(int)response.StatusCode} {location}");
                }
            }
        }

        Assert.True(failures.Count == 0, "Wrong answers to a signed-in user:" + Environment.NewLine + string.Join(Environment.NewLine, failures));

        async Task GrantAsync(IReadOnlyList<string> permissions, bool granted)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PermissionService>().SetGrantsAsync(roleId, permissions, granted ? permissions : [], Cancellation);
        }
    }

    [Fact]
    public async Task The_notices_menu_entry_shows_only_to_users_whose_role_holds_ManageNotices()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var editors = await scope.ServiceProvider.GetRequiredService<RoleManager<IntegraRole>>().FindByNameAsync(Roles.Editor);
            await scope.ServiceProvider.GetRequiredService<PermissionService>().SetGrantsAsync(editors!.Id, [Permissions.ManageNotices], [Permissions.ManageNotices], Cancellation);
        }

        await app.CreateUserAsync("editor@integra.test", "Editor-Password-2026", Roles.Editor);
        await app.CreateUserAsync("applicant@integra.test", "Applicant-Password-2026", Roles.Applicant);

        Assert.Contains("/admin/notices", await MenuUrlsAsync("editor@integra.test"));
        Assert.DoesNotContain("/admin/notices", await MenuUrlsAsync("applicant@integra.test"));

        async Task<List<string>> MenuUrlsAsync(string email)
        {
            var user = await app.PrincipalOfAsync(email);
            await using var scope = app.Services.CreateAsyncScope();
            var menu = await scope.ServiceProvider.GetRequiredService<AdminMenuService>().BuildAsync(user, Cancellation);
            return menu.SelectMany(section => section).Select(item => item.Url).ToList();
        }
    }

    /// <summary>Enables every installed feature, then lists the admin endpoints; there must be some, the notice board's among them.</summary>
    private static async Task<List<AdminEndpoint>> AdminEndpointsAsync(IntegraAppFactory app)
    {
        app.StartServer();
        await app.EnableFeaturesAsync(app.Services.GetRequiredService<ModuleCatalog>().Features.Select(f => f.Id), Cancellation);
        var (endpoints, skipped) = AdminEndpoint.Discover(app.Services.GetRequiredService<EndpointDataSource>());
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{endpoints.Count} admin endpoints:");
        endpoints.ForEach(e => output?.WriteLine($"  {e} [{string.Join(", ", e.Permissions)}]"));
        skipped.ForEach(s => output?.WriteLine($"  skipped {s}"));

        Assert.NotEmpty(endpoints);
        Assert.Contains(endpoints, e => e.Path == "/admin/notices" && e.Method == HttpMethod.Get.Method);
        Assert.Contains(endpoints, e => e.Path == "/admin/notices/1/pin" && e.Method == HttpMethod.Post.Method);
        return endpoints;
    }
}

public sealed class SqliteAdminPermissionTests() : AdminPermissionTests("Sqlite");

public sealed class PostgresAdminPermissionTests() : AdminPermissionTests("Postgres");
