using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Kernel;

/// <summary>Seeds run once every schema is applied and the features are on; one that fails leaves its feature off.</summary>
public abstract class FeatureSeedFailureTests(string provider)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_feature_whose_seed_fails_stays_off_and_enabling_it_again_runs_the_seed_again()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database, new Dictionary<string, string?> { [FailingSeed.Setting] = "true" });

        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => app.EnableFeaturesAsync([FailingSeedFixtureModule.Feature], Cancellation));
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => app.EnableFeaturesAsync([FailingSeedFixtureModule.Feature], Cancellation));

        Assert.Equal(FailingSeed.Message, first.Message);
        Assert.Equal(FailingSeed.Message, second.Message);
        Assert.False(app.Services.GetRequiredService<FeatureState>().IsEnabled(FailingSeedFixtureModule.Feature));
        await using var scope = app.Services.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        Assert.False(await core.FeatureStates.Where(f => f.FeatureId == FailingSeedFixtureModule.Feature).Select(f => f.Enabled).SingleAsync(Cancellation));
        Assert.False(await core.FeatureSeeds.AnyAsync(s => s.FeatureId == FailingSeedFixtureModule.Feature, Cancellation));
    }
}

public sealed class SqliteFeatureSeedFailureTests() : FeatureSeedFailureTests("Sqlite");

public sealed class PostgresFeatureSeedFailureTests() : FeatureSeedFailureTests("Postgres");

/// <summary>A feature whose seed fails on a host that asks for it, for the test above. Off on a fresh install.</summary>
public sealed class FailingSeedFixtureModule : IModule
{
    public const string Feature = "Integra.Tests.FailingSeed";

    public ModuleManifest Manifest { get; } = new(
        Feature,
        "Failing seed",
        "A feature whose seed fails, for the kernel tests.",
        "Test fixtures",
        [new FeatureManifest(Feature, "Failing seed", "Its seed throws where the settings say so.", typeof(FailingSeedFixtureStartup))]);
}

public sealed class FailingSeedFixtureStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature) => feature.AddSeed<FailingSeed>();
}

/// <summary>Fails only where the setting asks, so tests that enable every feature still can.</summary>
public sealed class FailingSeed(IConfiguration configuration) : IFeatureSeed
{
    public const string Setting = "Integra:Tests:FailSeed";
    public const string Message = "The seed failed on purpose.";

    public Task SeedAsync(CancellationToken cancellationToken) =>
        configuration.GetValue<bool>(Setting) ? throw new InvalidOperationException(Message) : Task.CompletedTask;
}
