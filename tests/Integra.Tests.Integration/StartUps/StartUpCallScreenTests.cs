using System.Net;
using Integra.Core.Security;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;

namespace Integra.Tests.Integration.StartUps;

public sealed class SqliteStartUpCallScreenTests() : StartUpCallScreenTests("Sqlite");

public sealed class PostgresStartUpCallScreenTests() : StartUpCallScreenTests("Postgres");

public abstract class StartUpCallScreenTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_make_an_engine_call_a_grant_call_and_change_its_budget_split_which_must_add_up()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(2);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        const string home = "/admin/startups/calls";

        using var list = await officer.GetAsync(home, Cancel);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        await StartUpsWorld.PostAsync(officer, home, $"{home}/{call}/grant");
        var page = $"{home}/{call}";
        using var settingsPage = await officer.GetAsync(page, Cancel);
        var html = await settingsPage.ReadPageAsync(Cancel);
        Assert.Contains("value=\"2500\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2100\"", html, StringComparison.Ordinal);
        var revision = (await world.StartUpsAsync(db => db.CallSettings.SingleAsync(Cancel))).Revision.ToString();

        await StartUpsWorld.PostAsync(officer, page, page,
            ("Revision", revision), ("GrantTotal", "3000"), ("ProjectInKind", "2500"), ("BeneficiaryShare", "100"), ("MunicipalShare", "300"), ("PrioritySectors", "it"), ("CompletionPercent", "75"));
        Assert.Equal(2500m, (await world.StartUpsAsync(db => db.CallSettings.SingleAsync(Cancel))).GrantTotal);

        await StartUpsWorld.PostAsync(officer, page, page,
            ("Revision", revision), ("GrantTotal", "3000"), ("ProjectInKind", "2600"), ("BeneficiaryShare", "100"), ("MunicipalShare", "300"), ("PrioritySectors", "it"), ("PrioritySectors", "web"), ("CompletionPercent", "75"));
        var saved = await world.StartUpsAsync(db => db.CallSettings.SingleAsync(Cancel));
        Assert.Equal((3000m, 2600m, 75), (saved.GrantTotal, saved.ProjectInKind, saved.CompletionPercent));
        Assert.Equal(["it", "web"], StartUpCalls.PrioritySectors(saved));

        using var training = await officer.GetAsync("/admin/startups/training", Cancel);
        Assert.Equal(HttpStatusCode.OK, training.StatusCode);
        using var applicant = await world.SignedInAsync("applicant@integra.test", Roles.Applicant);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync(home, Cancel)).StatusCode);
    }
}
