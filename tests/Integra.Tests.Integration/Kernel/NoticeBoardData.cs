using Integra.Core.Data;
using Integra.Testing;
using Integra.TestModule;
using Integra.TestModule.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Kernel;

/// <summary>Reads what the notice board left in the database, straight from its tables.</summary>
internal static class NoticeBoardData
{
    public sealed record Row(int Id, string Title, string? Body, DateTime PublishedUtc, bool Pinned);

    public static Task<List<Row>> NoticesAsync(IntegraAppFactory app) =>
        WithAsync(app, db => db.Notices.AsNoTracking().OrderBy(n => n.Id)
            .Select(n => new Row(n.Id, n.Title, n.Body, n.PublishedUtc, n.Pinned)).ToListAsync(TestContext.Current.CancellationToken));

    public static Task<List<NoticeCounterRun>> CounterRunsAsync(IntegraAppFactory app) =>
        WithAsync(app, db => db.CounterRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken));

    public static async Task<List<string>> AppliedMigrationsAsync(IntegraAppFactory app) =>
        (await WithAsync(app, db => db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken))).ToList();

    /// <summary>The seeds the kernel recorded as run for the notice board.</summary>
    public static async Task<List<string>> RecordedSeedsAsync(IntegraAppFactory app)
    {
        app.StartServer();
        await using var scope = app.Services.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        return await core.FeatureSeeds.Where(s => s.FeatureId == NoticeBoardModule.Id).Select(s => s.Seed).ToListAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<T> WithAsync<T>(IntegraAppFactory app, Func<NoticesDbContext, Task<T>> query)
    {
        app.StartServer();
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NoticesDbContext>());
    }
}
