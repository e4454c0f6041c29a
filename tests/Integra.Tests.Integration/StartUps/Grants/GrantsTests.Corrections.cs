using System.Net;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;

namespace Integra.Tests.Integration.StartUps.Grants;

public abstract partial class GrantsTests
{
    [Fact]
    public async Task A_recorded_hand_over_is_corrected_by_grant_staff_with_the_same_checks_audited_and_the_status_untouched()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        await AddEquipmentAsync(officer, arta.Id, "Oven", 1, "1800");
        var delivered = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        await DeliverAsync(officer, arta.Id, Iso(delivered), ("protocol", "protokolli.pdf", Pdf()));
        var edit = $"/admin/startups/grants/{arta.Id}/handover";
        Assert.Contains(edit, await PageAsync(officer, $"/admin/startups/grants/{arta.Id}"), StringComparison.Ordinal);

        var future = Iso(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)));
        using (var refused = await HandoverAsync(officer, arta.Id, future, "Dorëzuar në Malishevë, me vonesë.", ("protocol", "protokolli-ri.pdf", Pdf())))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var shown = await refused.ReadPageAsync(Cancel);
            Assert.Contains("Jepni ditën e dorëzimit (jo në të ardhmen).", shown, StringComparison.Ordinal);
            Assert.Contains($"value=\"{future}\"", shown, StringComparison.Ordinal);
            Assert.Contains("Dorëzuar në Malishevë, me vonesë.", shown, StringComparison.Ordinal);
        }

        var unchanged = await world.StartUpsAsync(db => db.Grants.SingleAsync(g => g.BeneficiaryId == arta.Id, Cancel));
        Assert.Equal(delivered, unchanged.DeliveredOn);
        var oldProtocol = await world.StartUpsAsync(db => db.GrantFiles.SingleAsync(f => f.BeneficiaryId == arta.Id, Cancel));

        var corrected = delivered.AddDays(-1);
        using (var saved = await HandoverAsync(officer, arta.Id, Iso(corrected), "Dorëzuar në Malishevë, me vonesë.", ("protocol", "protokolli-ri.pdf", Pdf())))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var grant = await world.StartUpsAsync(db => db.Grants.SingleAsync(g => g.BeneficiaryId == arta.Id, Cancel));
        Assert.Equal((corrected, "Dorëzuar në Malishevë, me vonesë."), (grant.DeliveredOn, grant.HandoverNotes));
        var protocol = await world.StartUpsAsync(db => db.GrantFiles.SingleAsync(f => f.BeneficiaryId == arta.Id && f.Kind == GrantFileKind.HandoverProtocol, Cancel));
        Assert.Equal("protokolli-ri.pdf", protocol.FileName);
        Assert.NotEqual(oldProtocol.Id, protocol.Id);
        Assert.Equal(BeneficiaryStatus.EquipmentDelivered, (await world.ReloadAsync(arta.Id)).Status);
        var audited = await AuditAsync(world, "grant.handover.edit");
        Assert.Equal("officer@integra.test", audited.UserName);
        Assert.Contains($"day {Iso(delivered)} → {Iso(corrected)}", audited.Details, StringComparison.Ordinal);
        Assert.Contains("protocol replaced", audited.Details, StringComparison.Ordinal);

        using var official = await world.SignedInAsync("zyrtari@integra.test", Roles.MunicipalOfficial);
        using var forbidden = await official.GetAsync(edit, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain(edit, await PageAsync(official, $"/admin/startups/grants/{arta.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_two_staff_correcting_the_same_hand_over_the_later_save_is_refused_until_reopened_and_the_first_correction_stays()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var colleague = await world.SignedInAsync("colleague@integra.test", Roles.ProgrammeOfficer);
        await AddEquipmentAsync(officer, arta.Id, "Oven", 1, "1800");
        var delivered = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        await DeliverAsync(officer, arta.Id, Iso(delivered), ("protocol", "protokolli.pdf", Pdf()));
        var page = $"/admin/startups/grants/{arta.Id}/handover";
        var colleaguesForm = await OpenHandoverAsync(colleague, page);

        using (var first = await HandoverAsync(officer, arta.Id, Iso(delivered.AddDays(-1)), "Dorëzuar një ditë më herët."))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            // Sent as it stands, the overtaken form is refused each time, with what was typed kept.
            using var late = await SendHandoverAsync(colleague, page, colleaguesForm, Iso(delivered), "Shënimi i kolegut.");
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            var shown = await late.ReadPageAsync(Cancel);
            Assert.Contains("Dikush tjetër e ndryshoi këtë grant ndërkohë.", shown, StringComparison.Ordinal);
            Assert.Contains("Shënimi i kolegut.", shown, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"{page}\">Hapni dorëzimin siç është ruajtur tani</a>", shown, StringComparison.Ordinal);
            Assert.Contains($"name=\"revision\" value=\"{colleaguesForm.Revision}\"", shown, StringComparison.Ordinal);
        }

        var grant = await world.StartUpsAsync(db => db.Grants.SingleAsync(g => g.BeneficiaryId == arta.Id, Cancel));
        Assert.Equal((delivered.AddDays(-1), "Dorëzuar një ditë më herët."), (grant.DeliveredOn, grant.HandoverNotes));
        Assert.Single(await world.AuditAsync(), a => a.Action == "grant.handover.edit");

        // Reopened, the form shows the first correction and the colleague's change then saves.
        var reopened = await PageAsync(colleague, page);
        Assert.Contains("Dorëzuar një ditë më herët.", reopened, StringComparison.Ordinal);
        using (var saved = await HandoverAsync(colleague, arta.Id, Iso(delivered.AddDays(-1)), "Shënimi i kolegut."))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal("Shënimi i kolegut.", (await world.StartUpsAsync(db => db.Grants.SingleAsync(g => g.BeneficiaryId == arta.Id, Cancel))).HandoverNotes);
    }

    [Fact]
    public async Task A_recorded_visit_is_corrected_with_the_same_checks_and_only_a_new_finding_on_the_latest_visit_moves_the_business()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        var first = await RegisteredWithVisitsAsync(world, arta.Id);
        using var official = await world.SignedInAsync("zyrtari@integra.test", Roles.MunicipalOfficial);
        var today = Iso(DateOnly.FromDateTime(DateTime.UtcNow));
        var firstPage = $"/admin/startups/visits/{first.Id}";
        await StartUpsWorld.PostAsync(official, firstPage, firstPage, Visit(today, BeneficiaryStatus.Active, "2", ""));
        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Contains($"{firstPage}/edit", await PageAsync(official, firstPage), StringComparison.Ordinal);
        var saved = await PageAsync(official, $"{firstPage}/edit");
        Assert.Contains($"name=\"visitedOn\" value=\"{today}\"", saved, StringComparison.Ordinal);
        Assert.Contains("name=\"jobs\" min=\"0\" max=\"1000\" value=\"2\"", saved, StringComparison.Ordinal);
        Assert.Matches("value=\"Active\" checked", saved);

        using (var refused = await CorrectVisitAsync(official, first.Id, Visit(today, BeneficiaryStatus.Struggling, "7", "")))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var shown = await refused.ReadPageAsync(Cancel);
            Assert.Contains("Shkruani në shënime pse", shown, StringComparison.Ordinal);
            Assert.Contains("value=\"7\"", shown, StringComparison.Ordinal);
        }

        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Equal(2, (await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == first.Id, Cancel))).Jobs);

        await CorrectVisitAsync(official, first.Id, Visit(today, BeneficiaryStatus.Struggling, "1", "Shitjet ranë pas dimrit."));

        Assert.Equal(BeneficiaryStatus.Struggling, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Equal(BeneficiaryTrigger.RecordStruggling, (await LastEventAsync(world, arta.Id)).Trigger);
        var audited = await AuditAsync(world, "visit.edit");
        Assert.Equal("zyrtari@integra.test", audited.UserName);
        Assert.Contains("outcome Active → Struggling", audited.Details, StringComparison.Ordinal);
        Assert.Contains("jobs 2 → 1", audited.Details, StringComparison.Ordinal);

        var events = await world.StartUpsAsync(db => db.BeneficiaryEvents.CountAsync(e => e.BeneficiaryId == arta.Id, Cancel));
        await CorrectVisitAsync(official, first.Id, Visit(today, BeneficiaryStatus.Struggling, "3", "Shitjet ranë pas dimrit."));
        Assert.Equal(3, (await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == first.Id, Cancel))).Jobs);
        Assert.Equal(events, await world.StartUpsAsync(db => db.BeneficiaryEvents.CountAsync(e => e.BeneficiaryId == arta.Id, Cancel)));

        var second = await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.BeneficiaryId == arta.Id && v.Month == 6, Cancel));
        var secondPage = $"/admin/startups/visits/{second.Id}";
        await StartUpsWorld.PostAsync(official, secondPage, secondPage, Visit(today, BeneficiaryStatus.Active, "3", ""));
        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(arta.Id)).Status);
        events = await world.StartUpsAsync(db => db.BeneficiaryEvents.CountAsync(e => e.BeneficiaryId == arta.Id, Cancel));

        await CorrectVisitAsync(official, first.Id, Visit(today, BeneficiaryStatus.Closed, "0", "Mbyllur përkohësisht në dimër."));

        Assert.Equal((BeneficiaryStatus?)BeneficiaryStatus.Closed, (await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == first.Id, Cancel))).Outcome);
        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Equal(events, await world.StartUpsAsync(db => db.BeneficiaryEvents.CountAsync(e => e.BeneficiaryId == arta.Id, Cancel)));

        await world.GrantAsync(Roles.Evaluator, Permissions.ViewStartUps);
        using var viewer = await world.SignedInAsync("evaluator@integra.test", Roles.Evaluator);
        Assert.DoesNotContain($"{firstPage}/edit", await PageAsync(viewer, firstPage), StringComparison.Ordinal);
        using var forbidden = await viewer.GetAsync($"{firstPage}/edit", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static (string Name, string Value)[] Visit(string day, BeneficiaryStatus outcome, string jobs, string notes) =>
        [("visitedOn", day), ("operating", "true"), ("jobs", jobs), ("equipmentInUse", "true"), ("outcome", outcome.ToString()), ("notes", notes)];

    /// <summary>Opens the hand-over's correction form and sends it at once, as one member of staff does.</summary>
    private static async Task<HttpResponseMessage> HandoverAsync(HttpClient client, long id, string day, string notes, params (string Field, string FileName, byte[] Content)[] files)
    {
        var page = $"/admin/startups/grants/{id}/handover";
        return await SendHandoverAsync(client, page, await OpenHandoverAsync(client, page), day, notes, files);
    }

    private static async Task<(string Token, string Revision)> OpenHandoverAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, Cancel);
        return (HtmlForms.AntiforgeryToken(html), System.Text.RegularExpressions.Regex.Match(html, "name=\"revision\" value=\"([^\"]+)\"").Groups[1].Value);
    }

    /// <summary>Sends a correction form opened earlier (multipart, as the browser does, with any files chosen).</summary>
    private static async Task<HttpResponseMessage> SendHandoverAsync(
        HttpClient client, string page, (string Token, string Revision) opened, string day, string notes, params (string Field, string FileName, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(opened.Token), HtmlForms.TokenField },
            { new StringContent(day), "deliveredOn" },
            { new StringContent(notes), "notes" },
            { new StringContent(opened.Revision), "revision" },
        };
        foreach (var (field, fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), field, fileName);
        }

        return await client.PostAsync(page, form, Cancel);
    }

    private static async Task<AuditEntry> AuditAsync(StartUpsWorld world, string action) => (await world.AuditAsync()).Last(a => a.Action == action);

    private static Task<BeneficiaryEvent> LastEventAsync(StartUpsWorld world, long beneficiaryId) =>
        world.StartUpsAsync(db => db.BeneficiaryEvents.Where(e => e.BeneficiaryId == beneficiaryId).OrderByDescending(e => e.Id).FirstAsync(Cancel));
}
