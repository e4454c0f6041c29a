using System.Net;
using Integra.Core.Indicators;
using Integra.Core.Navigation;
using Integra.StartUps;
using Integra.StartUps.Services;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps;

public sealed class SqliteStartUpsPhaseSwitchTests() : StartUpsPhaseSwitchTests("Sqlite");

public sealed class PostgresStartUpsPhaseSwitchTests() : StartUpsPhaseSwitchTests("Postgres");

public abstract class StartUpsPhaseSwitchTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Switching_the_component_off_hides_its_screens_menu_and_indicators_and_switching_it_on_brings_them_back_with_the_data()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var beneficiary = await world.BeneficiaryAsync(call, "Arta", "Krasniqi", "F", new DateOnly(1986, 4, 12), "malisheva");
        await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.CompleteTraining);
        using var admin = await world.SignedInAsync();
        var adminPrincipal = await world.App.PrincipalOfAsync(IntegraAppFactory.AdminEmail);

        await AssertPresentAsync();

        await world.App.DisableFeaturesAsync([StartUpsModule.Id], Cancel);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/startups/beneficiaries", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/startups/beneficiaries/{beneficiary.Id}", Cancel)).StatusCode);
        Assert.DoesNotContain(await MenuAsync(), IsBeneficiaries);
        Assert.DoesNotContain(await IndicatorsAsync(), i => i.Id == StartUpsIndicators.PeopleTrained);
        Assert.Equal(BeneficiaryStatus.Trained, (await world.ReloadAsync(beneficiary.Id)).Status);

        await world.App.EnableFeaturesAsync([StartUpsModule.Id], Cancel);

        await AssertPresentAsync();
        Assert.Equal(2, await world.StartUpsAsync(db => db.BeneficiaryEvents.CountAsync(e => e.BeneficiaryId == beneficiary.Id, Cancel)));

        async Task AssertPresentAsync()
        {
            using var page = await admin.GetAsync($"/admin/startups/beneficiaries/{beneficiary.Id}", Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Arta Krasniqi", await page.ReadPageAsync(Cancel), StringComparison.Ordinal);
            Assert.Contains(await MenuAsync(), IsBeneficiaries);
            Assert.Contains(await IndicatorsAsync(), i => i.Id == StartUpsIndicators.PeopleTrained);
        }

        async Task<List<AdminMenuItem>> MenuAsync()
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            return [.. (await scope.ServiceProvider.GetRequiredService<AdminMenuService>().BuildAsync(adminPrincipal, Cancel)).SelectMany(section => section)];
        }

        async Task<IReadOnlyList<IndicatorDefinition>> IndicatorsAsync()
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            return scope.ServiceProvider.GetRequiredService<IndicatorService>().Indicators;
        }

        static bool IsBeneficiaries(AdminMenuItem item) => item.Url == "/admin/startups/beneficiaries";
    }
}
