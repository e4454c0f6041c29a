using Integra.Core.Indicators;
using Integra.People.Services;
using Integra.StartUps;
using Integra.StartUps.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps;

public sealed class SqliteStartUpsIndicatorTests() : StartUpsIndicatorTests("Sqlite");

public sealed class PostgresStartUpsIndicatorTests() : StartUpsIndicatorTests("Postgres");

public abstract class StartUpsIndicatorTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task People_trained_and_businesses_established_count_each_person_once_even_when_two_records_were_merged()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call1 = await world.CallAsync(1);
        var call2 = await world.CallAsync(2);
        var arta = await world.PersonAsync("Arta", "Krasniqi", "F", new DateOnly(1986, 4, 12), "malisheva", returnStatus: "returnee");
        var artaAgain = await world.PersonAsync("Arta", "Krasniqi", "F", new DateOnly(1986, 4, 12), "malisheva");
        var besnik = await world.PersonAsync("Besnik", "Hoxha", "M", new DateOnly(2005, 9, 1), "drenas", returnStatus: "local-vulnerable");
        var first = await world.HandOverAsync(await world.SelectedAsync(call1, arta, "malisheva"));
        var second = await world.HandOverAsync(await world.SelectedAsync(call2, artaAgain, "malisheva"));
        var third = await world.HandOverAsync(await world.SelectedAsync(call1, besnik, "drenas"));
        await world.FireAsync(first.Id, BeneficiaryTrigger.CompleteTraining, BeneficiaryTrigger.SubmitPlan, BeneficiaryTrigger.Award, BeneficiaryTrigger.DeliverEquipment, BeneficiaryTrigger.Register);
        await world.FireAsync(second.Id, BeneficiaryTrigger.CompleteTraining);
        await world.FireAsync(third.Id, BeneficiaryTrigger.CompleteTraining);

        Assert.Equal(3, (await TrainedAsync()).Actual);

        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<PersonMerger>().MergeAsync(arta, artaAgain, "officer@integra.test", Cancel));
        }

        var trained = await TrainedAsync();
        Assert.Equal(2, trained.Actual);
        Assert.Equal(120, trained.Indicator.Target);
        Assert.Equal(1, trained.Count(IndicatorDimensions.Sex, "F"));
        Assert.Equal(1, trained.Count(IndicatorDimensions.Sex, "M"));
        Assert.Equal(1, trained.Count(IndicatorDimensions.ReturnStatus, "returnee"));
        Assert.Equal(1, trained.Count(IndicatorDimensions.ReturnStatus, "local-vulnerable"));
        Assert.Equal(1, trained.Count(IndicatorDimensions.Municipality, "malisheva"));
        Assert.Equal(2, trained.Breakdown[IndicatorDimensions.AgeBand].Values.Sum());
        Assert.Equal(2, trained.Count(IndicatorDimensions.Call, "C2-1"));
        Assert.Equal(1, trained.Count(IndicatorDimensions.Call, "C2-2"));

        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var established = await scope.ServiceProvider.GetRequiredService<IndicatorService>().ComputeAsync(StartUpsIndicators.BusinessesEstablished, IndicatorPeriod.All, Cancel);
            Assert.NotNull(established);
            Assert.Equal(1, established.Actual);
            Assert.Equal(100, established.Indicator.Target);

            var future = await scope.ServiceProvider.GetRequiredService<IndicatorService>().ComputeAsync(StartUpsIndicators.PeopleTrained, new IndicatorPeriod(DateTime.UtcNow.AddDays(1)), Cancel);
            Assert.Equal(0, future!.Actual);
        }

        async Task<IndicatorResult> TrainedAsync()
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IndicatorService>().ComputeAsync(StartUpsIndicators.PeopleTrained, IndicatorPeriod.All, Cancel))!;
        }
    }
}
