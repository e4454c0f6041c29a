using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.TestModule;
using Integra.TestModule.Jobs;

namespace Integra.Tests.Integration.Kernel;

/// <summary>A feature's job runs only while the feature is enabled, and on one node at a time.</summary>
public abstract class FeatureJobTests(string provider)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_features_job_runs_while_the_feature_is_enabled_and_stops_while_it_is_disabled()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);

        await Poll.UntilAsync(async () => (await NoticeBoardData.CounterRunsAsync(app)).Count >= 2, TimeSpan.FromSeconds(20), "two runs of the counter job", Cancellation);
        Assert.All(await NoticeBoardData.CounterRunsAsync(app), run => Assert.Equal(2, run.NoticeCount));

        await app.DisableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
        // A run that started just before the switch may still finish.
        await Task.Delay(NoticeCounterJob.RunDuration + TimeSpan.FromSeconds(1), Cancellation);
        var whileDisabled = (await NoticeBoardData.CounterRunsAsync(app)).Count;
        await Task.Delay(TimeSpan.FromSeconds(4), Cancellation);
        Assert.Equal(whileDisabled, (await NoticeBoardData.CounterRunsAsync(app)).Count);

        await app.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
        await Poll.UntilAsync(async () => (await NoticeBoardData.CounterRunsAsync(app)).Count > whileDisabled, TimeSpan.FromSeconds(20), "the counter job to run again", Cancellation);
    }

    [Fact]
    public async Task Two_nodes_on_one_database_never_run_the_same_job_at_the_same_time()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodeA = new IntegraAppFactory(database);
        await using var nodeB = new IntegraAppFactory(database);
        nodeA.StartServer();
        nodeB.StartServer();
        await nodeA.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);

        await Poll.UntilAsync(async () => (await NoticeBoardData.CounterRunsAsync(nodeA)).Count >= 6, TimeSpan.FromSeconds(40), "six runs of the counter job", Cancellation);

        var runs = (await NoticeBoardData.CounterRunsAsync(nodeA)).OrderBy(r => r.StartedUtc).ToList();
        var log = string.Join(Environment.NewLine, runs.Select(r => $"{r.Node[..8]} {r.StartedUtc:HH:mm:ss.fff}-{r.FinishedUtc:HH:mm:ss.fff}"));
        TestContext.Current.TestOutputHelper?.WriteLine(log);
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].StartedUtc >= runs[i - 1].FinishedUtc, $"Run {i} started before run {i - 1} finished:{Environment.NewLine}{log}");
        }
    }
}

public sealed class SqliteFeatureJobTests() : FeatureJobTests("Sqlite");

public sealed class PostgresFeatureJobTests() : FeatureJobTests("Postgres");
