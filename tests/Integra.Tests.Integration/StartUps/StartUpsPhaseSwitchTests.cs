using System.Net;
using Integra.Cms.Models;
using Integra.Contents.Services;
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
    private const string Counter = "Biznese të reja të themeluara";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Switching_the_component_off_hides_its_screens_menu_indicators_and_public_counter_and_switching_it_on_brings_them_back_with_the_data()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var beneficiary = await world.BeneficiaryAsync(call, "Arta", "Krasniqi", "F", new DateOnly(1986, 4, 12), "malisheva");
        await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.CompleteTraining, BeneficiaryTrigger.SubmitPlan, BeneficiaryTrigger.Award, BeneficiaryTrigger.DeliverEquipment, BeneficiaryTrigger.Register);
        using var admin = await world.SignedInAsync();
        using var visitor = world.App.CreateBrowserlikeClient();
        var componentPage = await ComponentPageAsync();
        var adminPrincipal = await world.App.PrincipalOfAsync(IntegraAppFactory.AdminEmail);

        await AssertPresentAsync();

        await world.App.DisableFeaturesAsync([StartUpsModule.Id], Cancel);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/startups/beneficiaries", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/startups/beneficiaries/{beneficiary.Id}", Cancel)).StatusCode);
        Assert.DoesNotContain(await MenuAsync(), IsBeneficiaries);
        Assert.DoesNotContain(await IndicatorsAsync(), i => i.Id == StartUpsIndicators.PeopleTrained);
        Assert.DoesNotContain(Counter, await (await visitor.GetAsync(componentPage, Cancel)).ReadPageAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(BeneficiaryStatus.Registered, (await world.ReloadAsync(beneficiary.Id)).Status);

        await world.App.EnableFeaturesAsync([StartUpsModule.Id], Cancel);

        await AssertPresentAsync();
        Assert.Equal(6, await world.StartUpsAsync(db => db.BeneficiaryEvents.CountAsync(e => e.BeneficiaryId == beneficiary.Id, Cancel)));

        async Task AssertPresentAsync()
        {
            using var page = await admin.GetAsync($"/admin/startups/beneficiaries/{beneficiary.Id}", Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Arta Krasniqi", await page.ReadPageAsync(Cancel), StringComparison.Ordinal);
            Assert.Contains(await MenuAsync(), IsBeneficiaries);
            Assert.Contains(await IndicatorsAsync(), i => i.Id == StartUpsIndicators.PeopleTrained);
            var publicPage = await (await visitor.GetAsync(componentPage, Cancel)).ReadPageAsync(Cancel);
            Assert.Contains(Counter, publicPage, StringComparison.Ordinal);
            Assert.Contains("1 / 100", publicPage, StringComparison.Ordinal);
        }

        async Task<string> ComponentPageAsync()
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            var pages = await scope.ServiceProvider.GetRequiredService<IContentManager>().ListPublishedAsync(new ContentQuery(CmsContentTypes.ComponentPage, "sq") { PageSize = 20 }, Cancel);
            return "/sq/components/" + pages.Items.Single(p => p.Number(CmsContentTypes.Fields.Number) == 2).Slug;
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
