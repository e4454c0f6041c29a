using System.Net;
using Integra.Core.Security;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;

namespace Integra.Tests.Integration.StartUps.Grants;

public abstract partial class GrantsTests
{
    [Fact]
    public async Task A_municipal_official_with_the_default_grants_records_a_visit_she_joined_but_does_not_manage_grants_or_export()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        var visit = await RegisteredWithVisitsAsync(world, arta.Id);
        using var official = await world.SignedInAsync("zyrtari@integra.test", Roles.MunicipalOfficial);
        var officialId = await world.UserIdAsync("zyrtari@integra.test");
        var grant = $"/admin/startups/grants/{arta.Id}";
        var visitPage = $"/admin/startups/visits/{visit.Id}";

        Assert.Contains("Regjistro vizitën", await PageAsync(official, visitPage), StringComparison.Ordinal);
        await StartUpsWorld.PostAsync(official, visitPage, visitPage,
            ("visitedOn", Iso(DateOnly.FromDateTime(DateTime.UtcNow))), ("operating", "true"), ("jobs", "2"), ("equipmentInUse", "true"),
            ("outcome", nameof(BeneficiaryStatus.Active)), ("officials", officialId), ("notes", ""));

        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(arta.Id)).Status);
        var joined = await world.StartUpsAsync(db => db.VisitOfficials.SingleAsync(o => o.VisitId == visit.Id, Cancel));
        Assert.Equal(officialId, joined.UserId);

        var token = HtmlForms.AntiforgeryToken(await PageAsync(official, grant));
        using (var equipment = await official.PostFormAsync($"{grant}/equipment", token, [("item", "Oven"), ("quantity", "1"), ("unitCost", "100")], Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, equipment.StatusCode);
        }

        using var export = await official.GetAsync("/admin/startups/export?list=visits&format=csv", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
    }

    /// <summary>The awarded business equipped and registered by a programme officer; returns its first (3 months) visit.</summary>
    private static async Task<MonitoringVisit> RegisteredWithVisitsAsync(StartUpsWorld world, long beneficiaryId)
    {
        using var officer = await world.SignedInAsync($"officer{beneficiaryId}@integra.test", Roles.ProgrammeOfficer);
        await AddEquipmentAsync(officer, beneficiaryId, "Oven", 1, "1800");
        var yesterday = Iso(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)));
        await DeliverAsync(officer, beneficiaryId, yesterday, ("protocol", "protokolli.pdf", Pdf()));
        var page = $"/admin/startups/grants/{beneficiaryId}";
        await StartUpsWorld.PostAsync(officer, page, $"{page}/register", ("number", "811234567"), ("registeredOn", yesterday), ("sector", Sectors.FoodProcessing), ("jobsCreated", "2"));
        Assert.Equal(BeneficiaryStatus.Registered, (await world.ReloadAsync(beneficiaryId)).Status);
        return await world.StartUpsAsync(db => db.Visits.Where(v => v.BeneficiaryId == beneficiaryId).OrderBy(v => v.Month).FirstAsync(Cancel));
    }
}
