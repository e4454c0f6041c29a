using System.Net;
using System.Text.RegularExpressions;
using Integra.Core.Security;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps.Grants;

public abstract partial class GrantsTests
{
    [Fact]
    public async Task Of_two_staff_correcting_the_same_visit_the_later_save_is_refused_with_what_was_typed_kept_and_the_first_correction_stays()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        var visit = await RegisteredWithVisitsAsync(world, arta.Id);
        using var official = await world.SignedInAsync("zyrtari@integra.test", Roles.MunicipalOfficial);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        var today = Iso(DateOnly.FromDateTime(DateTime.UtcNow));
        var page = $"/admin/startups/visits/{visit.Id}";
        await StartUpsWorld.PostAsync(official, page, page, Visit(today, BeneficiaryStatus.Active, "2", ""));

        var officialsForm = await OpenVisitEditAsync(official, visit.Id);
        var officersForm = await OpenVisitEditAsync(officer, visit.Id);
        using (var first = await SendVisitEditAsync(official, visit.Id, officialsForm, Visit(today, BeneficiaryStatus.Active, "4", "Dy punëtorë të rinj.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var filesKept = StoredFiles(world);
        using (var second = await SendVisitEditAsync(officer, visit.Id, officersForm, Visit(today, BeneficiaryStatus.Struggling, "9", "Shitjet ranë."), ("punishtja.png", Png)))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            var shown = await second.ReadPageAsync(Cancel);
            Assert.Contains("Dikush tjetër e ndryshoi këtë vizitë ndërkohë, prandaj korrigjimi juaj nuk u ruajt.", shown, StringComparison.Ordinal);
            Assert.Contains("name=\"jobs\" min=\"0\" max=\"1000\" value=\"9\"", shown, StringComparison.Ordinal);
            Assert.Contains("Shitjet ranë.", shown, StringComparison.Ordinal);
            Assert.Matches("value=\"Struggling\" checked", shown);
            Assert.Contains($"<a href=\"{page}/edit\">Hapni vizitën siç është ruajtur tani</a>", shown, StringComparison.Ordinal);
        }

        var saved = await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == visit.Id, Cancel));
        Assert.Equal((4, "Dy punëtorë të rinj.", (BeneficiaryStatus?)BeneficiaryStatus.Active), (saved.Jobs, saved.Notes, saved.Outcome));
        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(arta.Id)).Status);
        var edits = (await world.AuditAsync()).Where(a => a.Action == "visit.edit").ToList();
        Assert.Equal("zyrtari@integra.test", Assert.Single(edits).UserName);
        Assert.Equal(0, await world.StartUpsAsync(db => db.GrantFiles.CountAsync(f => f.VisitId == visit.Id, Cancel)));
        Assert.Equal(filesKept, StoredFiles(world));

        // Sent again as it stands, the overtaken form is still refused; opened afresh, it shows the first correction and saves.
        using (var resent = await SendVisitEditAsync(officer, visit.Id, officersForm, Visit(today, BeneficiaryStatus.Active, "9", "Nëntë punëtorë.")))
        {
            Assert.Contains("Dikush tjetër e ndryshoi këtë vizitë ndërkohë", await resent.ReadPageAsync(Cancel), StringComparison.Ordinal);
        }

        var reopened = await OpenVisitEditAsync(officer, visit.Id);
        Assert.Equal(saved.Revision, reopened.Revision);
        using (var corrected = await SendVisitEditAsync(officer, visit.Id, reopened, Visit(today, BeneficiaryStatus.Active, "9", "Nëntë punëtorë.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        var after = await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == visit.Id, Cancel));
        Assert.Equal(9, after.Jobs);
        Assert.NotEqual(saved.Revision, after.Revision);
    }

    [Fact]
    public async Task A_correction_overtaken_between_its_checks_and_its_save_is_refused_the_same_way()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        var visit = await RegisteredWithVisitsAsync(world, arta.Id);
        using var official = await world.SignedInAsync("zyrtari@integra.test", Roles.MunicipalOfficial);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var page = $"/admin/startups/visits/{visit.Id}";
        await StartUpsWorld.PostAsync(official, page, page, Visit(Iso(today), BeneficiaryStatus.Active, "2", ""));

        // This scope holds the visit as read before the other save, as a correction still being checked holds it.
        await using var scope = world.App.Services.CreateAsyncScope();
        var read = await scope.ServiceProvider.GetRequiredService<StartUpsDbContext>().Visits.SingleAsync(v => v.Id == visit.Id, Cancel);
        using (var first = await CorrectVisitAsync(official, visit.Id, Visit(Iso(today), BeneficiaryStatus.Active, "4", "Dy punëtorë të rinj.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var error = await scope.ServiceProvider.GetRequiredService<MonitoringVisits>().EditAsync(
            visit.Id, read.Revision, new VisitReport(today, true, null, 9, true, "Nëntë punëtorë.", BeneficiaryStatus.Active, [], null), [], Cancel);

        Assert.StartsWith("Someone else changed this visit meanwhile, so your correction was not saved.", error, StringComparison.Ordinal);
        var saved = await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == visit.Id, Cancel));
        Assert.Equal((4, "Dy punëtorë të rinj."), (saved.Jobs, saved.Notes));
        Assert.Single(await world.AuditAsync(), a => a.Action == "visit.edit");
    }

    [Fact]
    public async Task Visits_kept_before_visits_had_a_revision_each_get_one_of_their_own_and_are_corrected_as_before()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        var visit = await RegisteredWithVisitsAsync(world, arta.Id);
        using var official = await world.SignedInAsync("zyrtari@integra.test", Roles.MunicipalOfficial);
        var today = Iso(DateOnly.FromDateTime(DateTime.UtcNow));
        var page = $"/admin/startups/visits/{visit.Id}";
        await StartUpsWorld.PostAsync(official, page, page, Visit(today, BeneficiaryStatus.Active, "2", ""));

        // The schema stepped back to before the revision and up again, as an install made before it is upgraded.
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var migrator = scope.ServiceProvider.GetRequiredService<StartUpsDbContext>().GetService<IMigrator>();
            await migrator.MigrateAsync("0003_GrantsAndVisits", Cancel);
            await migrator.MigrateAsync(cancellationToken: Cancel);
        }

        var revisions = await world.StartUpsAsync(db => db.Visits.Where(v => v.BeneficiaryId == arta.Id).Select(v => v.Revision).ToListAsync(Cancel));
        Assert.Equal(3, revisions.Count);
        Assert.DoesNotContain(Guid.Empty, revisions);
        Assert.Equal(3, revisions.Distinct().Count());
        using (var corrected = await CorrectVisitAsync(official, visit.Id, Visit(today, BeneficiaryStatus.Active, "5", "")))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        Assert.Equal(5, (await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == visit.Id, Cancel))).Jobs);
    }

    /// <summary>The correction form of a visit as a member of staff opened it: its antiforgery token and the revision it carries.</summary>
    private static async Task<(string Token, Guid Revision)> OpenVisitEditAsync(HttpClient client, long visitId)
    {
        var html = await PageAsync(client, $"/admin/startups/visits/{visitId}/edit");
        return (HtmlForms.AntiforgeryToken(html), Guid.Parse(Regex.Match(html, "name=\"revision\" value=\"([^\"]+)\"").Groups[1].Value));
    }

    /// <summary>Sends a visit's correction form as the browser does (multipart, with any photos chosen).</summary>
    private static async Task<HttpResponseMessage> SendVisitEditAsync(
        HttpClient client, long visitId, (string Token, Guid Revision) form, (string Name, string Value)[] fields, params (string FileName, byte[] Content)[] photos)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), HtmlForms.TokenField },
            { new StringContent(form.Revision.ToString()), "revision" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (fileName, bytes) in photos)
        {
            content.Add(new ByteArrayContent(bytes), "photos", fileName);
        }

        return await client.PostAsync($"/admin/startups/visits/{visitId}/edit", content, Cancel);
    }

    private static async Task<HttpResponseMessage> CorrectVisitAsync(HttpClient client, long visitId, params (string Name, string Value)[] fields) =>
        await SendVisitEditAsync(client, visitId, await OpenVisitEditAsync(client, visitId), fields);

    private static int StoredFiles(StartUpsWorld world)
    {
        var stored = Path.Combine(world.App.AppData, "startups");
        return Directory.Exists(stored) ? Directory.GetFiles(stored, "*", SearchOption.AllDirectories).Length : 0;
    }
}
