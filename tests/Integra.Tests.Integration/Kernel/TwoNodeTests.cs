using System.Net;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.TestModule;

namespace Integra.Tests.Integration.Kernel;

/// <summary>Two web nodes sharing one database: a feature switched on either reaches the other within seconds.</summary>
public abstract class TwoNodeTests(string provider)
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_feature_switched_on_one_node_takes_effect_on_the_other_within_seconds()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodeA = new IntegraAppFactory(database);
        await using var nodeB = new IntegraAppFactory(database);
        using var clientA = nodeA.CreateBrowserlikeClient();
        using var clientB = nodeB.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clientB));

        await nodeA.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
        await Poll.UntilAsync(async () => await StatusAsync(clientB) == HttpStatusCode.OK, FewSeconds, "node B to serve the notices enabled on node A", Cancellation);

        await nodeA.DisableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clientA));
        await Poll.UntilAsync(async () => await StatusAsync(clientB) == HttpStatusCode.NotFound, FewSeconds, "node B to answer 404 once node A disabled the notices", Cancellation);

        await nodeB.EnableFeaturesAsync([NoticeBoardModule.Id], Cancellation);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(clientB));
        await Poll.UntilAsync(async () => await StatusAsync(clientA) == HttpStatusCode.OK, FewSeconds, "node A to serve the notices enabled on node B", Cancellation);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client) =>
        (await client.GetAsync("/sq/notices", Cancellation)).StatusCode;
}

public sealed class SqliteTwoNodeTests() : TwoNodeTests("Sqlite");

public sealed class PostgresTwoNodeTests() : TwoNodeTests("Postgres");
