using System.Net;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Security;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.TestModule;
using Integra.TestModule.Data;
using Integra.TestModule.Migrations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Kernel;

/// <summary>A database made by an older build, or by an earlier run, keeps its data when a newer host opens it.</summary>
public abstract class SchemaUpgradeTests(string provider)
{
    private static readonly (string Title, string Body, DateTime PublishedUtc)[] OldNotices =
    [
        ("Registration opens in March", "Bring your ID card.", new DateTime(2023, 2, 14, 9, 30, 0, DateTimeKind.Utc)),
        ("Training in Prizren", "Mornings, three weeks.", new DateTime(2023, 5, 2, 7, 0, 0, DateTimeKind.Utc)),
    ];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enabling_a_feature_upgrades_its_older_schema_with_the_rows_intact()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await CreateOldNoticeBoardAsync(app);

        await app.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);

        Assert.Equal([CreateNotices.Id, AddPinnedNotices.Id], await NoticeBoardData.AppliedMigrationsAsync(app));
        var notices = await NoticeBoardData.NoticesAsync(app);
        AssertOldNoticesIntact(notices);
        // Never seeded before, so the seed runs now, next to the old rows.
        Assert.Equal(OldNotices.Select(n => n.Title).Concat(NoticeBoardSeed.Titles), notices.Select(n => n.Title));
    }

    [Fact]
    public async Task A_host_started_on_a_database_left_by_an_older_build_upgrades_it_with_the_rows_intact()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var olderBuild = new IntegraAppFactory(database))
        {
            await CreateOldNoticeBoardAsync(olderBuild);
            // The older build had the feature on and its seed run.
            await using var scope = olderBuild.Services.CreateAsyncScope();
            var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            await core.FeatureStates.Where(f => f.FeatureId == NoticeBoardModule.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Enabled, true), Cancellation);
            core.FeatureSeeds.Add(new FeatureSeedRecord { FeatureId = NoticeBoardModule.Id, Seed = typeof(NoticeBoardSeed).FullName!, AppliedUtc = DateTime.UtcNow });
            await core.SaveChangesAsync(Cancellation);
        }

        await using var newerBuild = new IntegraAppFactory(database);
        using var client = newerBuild.CreateBrowserlikeClient();

        Assert.Equal([CreateNotices.Id, AddPinnedNotices.Id], await NoticeBoardData.AppliedMigrationsAsync(newerBuild));
        var notices = await NoticeBoardData.NoticesAsync(newerBuild);
        AssertOldNoticesIntact(notices);
        Assert.Equal(OldNotices.Length, notices.Count);
        var page = await client.GetStringAsync("/en/notices", Cancellation);
        Assert.All(OldNotices, n => Assert.Contains(n.Title, page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restarting_on_the_same_database_loses_nothing_and_applies_no_migration_again()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Snapshot before;
        await using (var first = new IntegraAppFactory(database))
        {
            await first.CreateUserAsync("editor@integra.test", "Editor-Password-2026", Roles.Editor);
            await first.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
            before = await SnapshotAsync(first);
        }

        await using var second = new IntegraAppFactory(database);
        using var client = second.CreateBrowserlikeClient();
        var after = await SnapshotAsync(second);

        Assert.Equal(["0001_CoreInitial", "0002_DataProtectionKeys", "0003_PhasesNameStartUps"], after.CoreMigrations);
        Assert.Equal(before.CoreMigrations, after.CoreMigrations);
        Assert.Equal(before.NoticeMigrations, after.NoticeMigrations);
        Assert.Equal(before.Users, after.Users);
        Assert.Equal(before.Roles, after.Roles);
        Assert.Equal(before.Phases, after.Phases);
        Assert.Equal(before.EnabledFeatures, after.EnabledFeatures);
        Assert.Equal(before.Seeds, after.Seeds);
        Assert.Equal(before.Notices, after.Notices);
        Assert.Equal(before.AuditEntries, after.AuditEntries);
        Assert.Equal(before.SiteRevision, after.SiteRevision);
        Assert.True(after.EditorPasswordStillWorks);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sq/notices", Cancellation)).StatusCode);
    }

    /// <summary>The notice board as the build that knew only migration 0001 left it: old shape, old rows.</summary>
    private static async Task CreateOldNoticeBoardAsync(IntegraAppFactory app)
    {
        app.StartServer();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NoticesDbContext>();
        await db.Database.GetService<IMigrator>().MigrateAsync(CreateNotices.Id, Cancellation);
        foreach (var (title, body, published) in OldNotices)
        {
            await db.Database.ExecuteSqlAsync($"""INSERT INTO test_notices ("Title", "Body", "PublishedUtc") VALUES ({title}, {body}, {published})""", Cancellation);
        }

        Assert.Equal([CreateNotices.Id], await db.Database.GetAppliedMigrationsAsync(Cancellation));
    }

    private static void AssertOldNoticesIntact(List<NoticeBoardData.Row> notices)
    {
        for (var i = 0; i < OldNotices.Length; i++)
        {
            Assert.Equal(OldNotices[i].Title, notices[i].Title);
            Assert.Equal(OldNotices[i].Body, notices[i].Body);
            Assert.Equal(OldNotices[i].PublishedUtc, DateTime.SpecifyKind(notices[i].PublishedUtc, DateTimeKind.Utc));
            Assert.False(notices[i].Pinned);
        }
    }

    private sealed record Snapshot(
        List<string> CoreMigrations,
        List<string> NoticeMigrations,
        List<string> Users,
        List<string> Roles,
        List<string> Phases,
        List<string> EnabledFeatures,
        List<string> Seeds,
        List<NoticeBoardData.Row> Notices,
        int AuditEntries,
        Guid SiteRevision,
        bool EditorPasswordStillWorks);

    private static async Task<Snapshot> SnapshotAsync(IntegraAppFactory app)
    {
        app.StartServer();
        await using var scope = app.Services.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntegraUser>>();
        var editor = await users.FindByEmailAsync("editor@integra.test");
        return new Snapshot(
            (await core.Database.GetAppliedMigrationsAsync(Cancellation)).ToList(),
            await NoticeBoardData.AppliedMigrationsAsync(app),
            await core.Users.OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(Cancellation),
            await core.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(Cancellation),
            await core.Phases.OrderBy(p => p.Order).Select(p => p.Name).ToListAsync(Cancellation),
            scope.ServiceProvider.GetRequiredService<FeatureState>().EnabledFeatures.Order(StringComparer.Ordinal).ToList(),
            await core.FeatureSeeds.OrderBy(s => s.FeatureId).ThenBy(s => s.Seed).Select(s => s.FeatureId + " " + s.Seed).ToListAsync(Cancellation),
            await NoticeBoardData.NoticesAsync(app),
            await core.AuditEntries.CountAsync(Cancellation),
            (await core.SiteSettings.SingleAsync(Cancellation)).Revision,
            editor is not null && await users.CheckPasswordAsync(editor, "Editor-Password-2026"));
    }
}

public sealed class SqliteSchemaUpgradeTests() : SchemaUpgradeTests("Sqlite");

public sealed class PostgresSchemaUpgradeTests() : SchemaUpgradeTests("Postgres");
