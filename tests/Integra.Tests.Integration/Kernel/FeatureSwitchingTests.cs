using System.Net;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Navigation;
using Integra.Core.Security;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.TestModule;
using Integra.TestModule.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Kernel;

/// <summary>Features switched at run time, with no restart: what users see, what the kernel offers, what stays in the database.</summary>
public abstract class FeatureSwitchingTests(string provider)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Disabling_a_feature_hides_its_pages_menu_entry_and_permission_and_enabling_it_brings_them_back_with_the_same_data()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();
        await app.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
        var admin = await app.PrincipalOfAsync(IntegraAppFactory.AdminEmail);

        await AssertPresentAsync();
        var rows = await NoticeBoardData.NoticesAsync(app);
        Assert.Equal(NoticeBoardSeed.Titles, rows.Select(r => r.Title));

        await app.DisableFeaturesAsync([NoticeBoardModule.Id], Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sq/notices", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/notices", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/notices", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/admin/notices/1/pin", new FormUrlEncodedContent([]), Cancellation)).StatusCode);
        Assert.DoesNotContain(await MenuAsync(), IsNoticesEntry);
        Assert.DoesNotContain(await EnabledPermissionsAsync(), p => p == Permissions.ManageNotices);
        Assert.Equal(rows, await NoticeBoardData.NoticesAsync(app));

        await app.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);

        await AssertPresentAsync();
        Assert.Equal(rows, await NoticeBoardData.NoticesAsync(app));

        async Task AssertPresentAsync()
        {
            var page = await client.GetAsync("/sq/notices", Cancellation);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync(Cancellation);
            Assert.Contains("<h1>Njoftimet</h1>", html, StringComparison.Ordinal);
            Assert.All(NoticeBoardSeed.Titles, title => Assert.Contains(title, html, StringComparison.Ordinal));

            // Present but protected: the admin page sends a visitor to sign in instead of answering 404.
            var adminPage = await client.GetAsync("/admin/notices", Cancellation);
            Assert.Equal(HttpStatusCode.Redirect, adminPage.StatusCode);
            Assert.Equal("/account/login", new Uri(client.BaseAddress!, adminPage.Headers.Location!).AbsolutePath);

            Assert.Contains(await MenuAsync(), IsNoticesEntry);
            Assert.Contains(Permissions.ManageNotices, await EnabledPermissionsAsync());
        }

        async Task<List<AdminMenuItem>> MenuAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var menu = await scope.ServiceProvider.GetRequiredService<AdminMenuService>().BuildAsync(admin, Cancellation);
            return menu.SelectMany(section => section).ToList();
        }

        async Task<List<string>> EnabledPermissionsAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var catalog = scope.ServiceProvider.GetRequiredService<ModuleCatalog>();
            return scope.ServiceProvider.GetRequiredService<PermissionService>().EnabledPermissions(catalog).Select(p => p.Permission.Name).ToList();
        }

        static bool IsNoticesEntry(AdminMenuItem item) => item is { Section: "Content", Text: "Notices", Url: "/admin/notices" };
    }

    [Fact]
    public async Task Enabling_applies_the_schema_and_seed_once_however_often_the_feature_is_switched_or_the_host_restarted()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        List<NoticeBoardData.Row> seeded;
        await using (var first = new IntegraAppFactory(database))
        {
            first.StartServer();
            Assert.Empty(await NoticeBoardData.AppliedMigrationsAsync(first));

            await first.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
            seeded = await NoticeBoardData.NoticesAsync(first);
            Assert.Equal(NoticeBoardSeed.Titles, seeded.Select(n => n.Title));

            for (var i = 0; i < 2; i++)
            {
                await first.DisableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
                await first.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
            }

            Assert.Equal(seeded, await NoticeBoardData.NoticesAsync(first));
            await AssertAppliedOnceAsync(first);
        }

        await using var restarted = new IntegraAppFactory(database);
        using var client = restarted.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sq/notices", Cancellation)).StatusCode);
        Assert.Equal(seeded, await NoticeBoardData.NoticesAsync(restarted));
        await AssertAppliedOnceAsync(restarted);

        static async Task AssertAppliedOnceAsync(IntegraAppFactory app)
        {
            Assert.Equal(["0001_CreateNotices", "0002_AddPinnedNotices"], await NoticeBoardData.AppliedMigrationsAsync(app));
            Assert.Equal([typeof(NoticeBoardSeed).FullName!, typeof(Permissions).FullName + ":default-grants"], await NoticeBoardData.RecordedSeedsAsync(app));
        }
    }

    [Fact]
    public async Task Enabling_a_feature_pulls_in_its_dependency_and_disabling_the_dependency_takes_it_down_with_both_changes_audited()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/notices/extras", Cancellation)).StatusCode);

        Assert.Equal([NoticeBoardModule.Id, NoticeBoardModule.ExtrasId], await app.EnableFeaturesAsync([NoticeBoardModule.ExtrasId], Cancellation));

        Assert.Equal("Notice board extras", await client.GetStringAsync("/en/notices/extras", Cancellation));
        Assert.Equal("Dodaci oglasne table", await client.GetStringAsync("/sr-Latn/notices/extras", Cancellation));
        Assert.Equal("Додаци огласне табле", await client.GetStringAsync("/sr-Cyrl/notices/extras", Cancellation));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sq/notices", Cancellation)).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var dependents = scope.ServiceProvider.GetRequiredService<FeatureManager>().EnabledDependents([NoticeBoardModule.Id]);
            Assert.Equal([NoticeBoardModule.ExtrasId], dependents.Select(f => f.Id));
        }

        Assert.Equal([NoticeBoardModule.ExtrasId, NoticeBoardModule.Id], await app.DisableFeaturesAsync([NoticeBoardModule.Id], Cancellation));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/notices/extras", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sq/notices", Cancellation)).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking()
                .Where(a => a.Module == FeatureManager.AuditModule).OrderBy(a => a.Id)
                .Select(a => new { a.Action, a.Subject }).ToListAsync(Cancellation);
            Assert.Equal(
                [
                    new { Action = "Feature enabled", Subject = (string?)NoticeBoardModule.Id },
                    new { Action = "Feature enabled", Subject = (string?)NoticeBoardModule.ExtrasId },
                    new { Action = "Feature disabled", Subject = (string?)NoticeBoardModule.ExtrasId },
                    new { Action = "Feature disabled", Subject = (string?)NoticeBoardModule.Id },
                ],
                audit);
        }
    }
}

public sealed class SqliteFeatureSwitchingTests() : FeatureSwitchingTests("Sqlite");

public sealed class PostgresFeatureSwitchingTests() : FeatureSwitchingTests("Postgres");
