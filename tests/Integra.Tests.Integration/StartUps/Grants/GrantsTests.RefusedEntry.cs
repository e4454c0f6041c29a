using System.Net;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;

namespace Integra.Tests.Integration.StartUps.Grants;

public abstract partial class GrantsTests
{
    [Fact]
    public async Task A_refused_equipment_line_comes_back_as_typed_with_the_reason_in_the_readers_language_and_the_next_visit_starts_empty()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        var page = $"/admin/startups/grants/{arta.Id}";

        using var badCost = await StartUpsWorld.PostAsync(officer, page, $"{page}/equipment", ("item", "Makinë qepëse"), ("supplier", "Tekstil Rahoveci"), ("quantity", "2"), ("unitCost", "njëmijë"));

        Assert.Equal(HttpStatusCode.OK, badCost.StatusCode);
        var shown = await badCost.ReadPageAsync(Cancel);
        Assert.Contains("Jepni një sasi nga 1 deri në 1000", shown, StringComparison.Ordinal);
        Assert.Contains("id=\"item\" name=\"item\" required maxlength=\"200\" value=\"Makinë qepëse\"", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"Tekstil Rahoveci\"", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"2\"", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"njëmijë\"", shown, StringComparison.Ordinal);

        using var noName = await StartUpsWorld.PostAsync(officer, page, $"{page}/equipment", ("item", " "), ("supplier", "Tekstil Rahoveci"), ("quantity", "1"), ("unitCost", "450"));
        var again = await noName.ReadPageAsync(Cancel);
        Assert.Contains("Shënoni artikullin", again, StringComparison.Ordinal);
        Assert.Contains("value=\"450\"", again, StringComparison.Ordinal);

        foreach (var (culture, reason) in new[] { ("sr-Latn", "Unesite količinu od 1 do 1000"), ("en", "Give a quantity from 1 to 1000") })
        {
            using var switched = await officer.GetAsync($"/culture?culture={culture}&returnUrl=/admin", Cancel);
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
            using var refused = await StartUpsWorld.PostAsync(officer, page, $"{page}/equipment", ("item", "Makinë qepëse"), ("quantity", "0"), ("unitCost", "450"));
            var inCulture = await refused.ReadPageAsync(Cancel);
            Assert.Contains(reason, inCulture, StringComparison.Ordinal);
            Assert.Contains("value=\"0\"", inCulture, StringComparison.Ordinal);
        }

        Assert.Equal(0, await world.StartUpsAsync(db => db.Equipment.CountAsync(e => e.BeneficiaryId == arta.Id, Cancel)));
        var fresh = await PageAsync(officer, page);
        Assert.DoesNotContain("Tekstil Rahoveci", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain("Give a quantity", fresh, StringComparison.Ordinal);
    }
}
