using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps.Grants;

public sealed class SqliteGrantsTests() : GrantsTests("Sqlite");

public sealed class PostgresGrantsTests() : GrantsTests("Postgres");

public abstract partial class GrantsTests(string provider)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 1, 2, 3, 4];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Equipment_above_the_calls_in_kind_ceiling_is_refused_with_a_clear_message_and_nothing_is_saved()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        var page = $"/admin/startups/grants/{arta.Id}";

        await StartUpsWorld.PostAsync(officer, page, $"{page}/equipment", ("item", "Laptop"), ("supplier", "Tech Prishtina"), ("quantity", "2"), ("unitCost", "900,00"));
        using var refused = await StartUpsWorld.PostAsync(officer, page, $"{page}/equipment", ("item", "Printer"), ("supplier", "Tech Prishtina"), ("quantity", "1"), ("unitCost", "300.50"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await refused.ReadPageAsync(Cancel);
        Assert.Contains("Asgjë nuk u ruajt", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"Printer\"", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"300.50\"", shown, StringComparison.Ordinal);
        Assert.Contains("2.100", shown.Replace("\u00A0", ".", StringComparison.Ordinal).Replace(" ", ".", StringComparison.Ordinal), StringComparison.Ordinal);
        var listed = await world.StartUpsAsync(db => db.Equipment.Where(e => e.BeneficiaryId == arta.Id).ToListAsync(Cancel));
        var laptop = Assert.Single(listed);
        Assert.Equal(("Laptop", 2, 900m), (laptop.Item, laptop.Quantity, laptop.UnitCost));

        await StartUpsWorld.PostAsync(officer, page, $"{page}/equipment", ("item", "Printer"), ("supplier", ""), ("quantity", "1"), ("unitCost", "300"));
        Assert.Equal(2100m, (await world.StartUpsAsync(db => db.Equipment.Where(e => e.BeneficiaryId == arta.Id).ToListAsync(Cancel))).Sum(e => e.Total));
    }

    [Fact]
    public async Task A_hand_over_whose_protocol_content_does_not_match_its_name_is_refused_and_the_equipment_stays_undelivered()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        await AddEquipmentAsync(officer, arta.Id, "Sewing machine", 1, "1200");

        var response = await DeliverAsync(officer, arta.Id, "2026-11-20", ("protocol", "protokolli.pdf", Png), ("photos", "foto.jpg", Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("nuk përputhet me emrin", await PageAsync(officer, $"/admin/startups/grants/{arta.Id}"), StringComparison.Ordinal);
        Assert.Equal(BeneficiaryStatus.Awarded, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Equal(0, await world.StartUpsAsync(db => db.GrantFiles.CountAsync(Cancel)));
        Assert.Null(await world.StartUpsAsync(db => db.Grants.Where(g => g.DeliveredOn != null).FirstOrDefaultAsync(Cancel)));
        var stored = Path.Combine(world.App.AppData, "startups");
        Assert.Empty(Directory.Exists(stored) ? Directory.GetFiles(stored, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Delivery_then_registration_schedules_visits_at_3_6_and_12_months_and_a_visit_finding_it_active_moves_the_business()
    {
        var clock = new ShiftedClock();
        await using var world = await StartUpsWorld.StartAsync(provider, clock);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        await AddEquipmentAsync(officer, arta.Id, "Oven", 1, "1800");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));

        await DeliverAsync(officer, arta.Id, Iso(today), ("protocol", "protokolli.pdf", Pdf()), ("photos", "dorezimi.png", Png));

        Assert.Equal(BeneficiaryStatus.EquipmentDelivered, (await world.ReloadAsync(arta.Id)).Status);
        var files = await world.StartUpsAsync(db => db.GrantFiles.OrderBy(f => f.Id).ToListAsync(Cancel));
        Assert.Equal([GrantFileKind.HandoverProtocol, GrantFileKind.HandoverPhoto], files.Select(f => f.Kind));
        using (var protocol = await officer.GetAsync($"/admin/startups/grants/files/{files[0].Id}", Cancel))
        {
            Assert.Equal("application/pdf", protocol.Content.Headers.ContentType?.MediaType);
        }

        using (var applicant = await world.SignedInAsync("arta@integra.test", Roles.Applicant))
        using (var refused = await applicant.GetAsync($"/admin/startups/grants/files/{files[0].Id}", Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var page = $"/admin/startups/grants/{arta.Id}";
        await StartUpsWorld.PostAsync(officer, page, $"{page}/register", ("number", "811234567"), ("registeredOn", Iso(today)), ("sector", Sectors.FoodProcessing), ("jobsCreated", "2"));

        Assert.Equal(BeneficiaryStatus.Registered, (await world.ReloadAsync(arta.Id)).Status);
        var visits = await world.StartUpsAsync(db => db.Visits.Where(v => v.BeneficiaryId == arta.Id).OrderBy(v => v.Month).ToListAsync(Cancel));
        Assert.Equal([today.AddMonths(3), today.AddMonths(6), today.AddMonths(12)], visits.Select(v => v.DueOn));

        using (var notYet = await officer.GetAsync("/admin/startups/visits", Cancel))
        {
            Assert.DoesNotContain("visits-due", await notYet.ReadPageAsync(Cancel), StringComparison.Ordinal);
        }

        // Signed in after the jump: a sign-in cookie from 100 days ago has expired.
        clock.Advance(TimeSpan.FromDays(100));
        using var officerLater = await world.App.CreateSignedInClientAsync("officer@integra.test");
        using (var due = await officerLater.GetAsync("/admin/startups/visits", Cancel))
        {
            var html = await due.ReadPageAsync(Cancel);
            Assert.Contains($"/admin/startups/visits/{visits[0].Id}\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"/admin/startups/visits/{visits[1].Id}\"", html, StringComparison.Ordinal);
        }

        await world.App.CreateUserAsync("zyrtari@integra.test", StartUpsWorld.Password, Roles.MunicipalOfficial);
        var visitPage = $"/admin/startups/visits/{visits[0].Id}";
        var officialId = await world.UserIdAsync("zyrtari@integra.test");
        Assert.Contains("zyrtari@integra.test", await PageAsync(officerLater, visitPage), StringComparison.Ordinal);
        await StartUpsWorld.PostAsync(officerLater, visitPage, visitPage,
            ("visitedOn", Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))), ("operating", "true"), ("revenueBand", "500-1500"), ("jobs", "3"),
            ("equipmentInUse", "true"), ("outcome", nameof(BeneficiaryStatus.Active)), ("officials", officialId), ("otherOfficials", "Drita Krasniqi, Komuna e Malishevës"), ("notes", "Furra punon çdo ditë."));

        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(arta.Id)).Status);
        var recorded = await world.StartUpsAsync(db => db.Visits.SingleAsync(v => v.Id == visits[0].Id, Cancel));
        Assert.Equal((BeneficiaryStatus?)BeneficiaryStatus.Active, recorded.Outcome);
        Assert.Equal(2, await world.StartUpsAsync(db => db.VisitOfficials.CountAsync(o => o.VisitId == recorded.Id, Cancel)));
        var last = await world.StartUpsAsync(db => db.BeneficiaryEvents.Where(e => e.BeneficiaryId == arta.Id).OrderByDescending(e => e.Id).FirstAsync(Cancel));
        Assert.Equal(BeneficiaryTrigger.RecordActive, last.Trigger);
    }

    [Fact]
    public async Task Totals_per_municipality_count_committed_and_delivered_equipment_and_the_co_financing_collected()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        var besa = await AwardedAsync(world, call, "Besa", "malisheva");
        var drita = await AwardedAsync(world, call, "Drita", "drenas");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        await AddEquipmentAsync(officer, arta.Id, "Camera", 2, "750");
        await AddEquipmentAsync(officer, besa.Id, "Tractor attachment", 1, "2000");
        await AddEquipmentAsync(officer, drita.Id, "Laptop", 1, "1000");
        await DeliverAsync(officer, arta.Id, "2026-11-02", ("protocol", "protokolli.pdf", Pdf()));
        await CoFinancingAsync(officer, arta.Id, ("beneficiaryPaid", "true"), ("beneficiaryPaidOn", "2026-10-01"), ("beneficiaryAmount", "100"), ("municipalCommitted", "true"), ("municipalAmount", "300"));
        await CoFinancingAsync(officer, besa.Id, ("beneficiaryAmount", "100"), ("municipalCommitted", "true"), ("municipalPaid", "true"), ("municipalPaidOn", "2026-10-15"), ("municipalAmount", "300"));

        await using var scope = world.App.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<StartUpsReport>().RowsAsync(call, null, Cancel);
        var malisheva = rows.Single(r => r.Municipality == "malisheva");
        var drenas = rows.Single(r => r.Municipality == "drenas");
        Assert.Equal((3500m, 1500m, 400m), (malisheva.Committed, malisheva.DeliveredValue, malisheva.CoFinancingCollected));
        Assert.Equal((1000m, 0m, 0m), (drenas.Committed, drenas.DeliveredValue, drenas.CoFinancingCollected));

        var page = await PageAsync(officer, $"/admin/startups/grants?call={call}");
        var cells = Cells(page, "<tr data-municipality=\"malisheva\">");
        Assert.Equal(["2", "3500,00", "1500,00", "400,00"], cells.Skip(1).Select(Digits));
    }

    [Fact]
    public async Task The_dashboard_funnel_counts_each_person_at_every_stage_they_reached_per_call_and_municipality()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1, """{"malisheva":5,"drenas":3}""");
        await world.SelectedAsync(call, await world.PersonAsync("Erza", "Hoti", "F", new DateOnly(1992, 5, 5), "malisheva"), "malisheva");
        var selected = await world.BeneficiaryAsync(call, "Arta", "Gashi", "F", new DateOnly(1991, 1, 1), "malisheva");
        var trained = await world.BeneficiaryAsync(call, "Besa", "Gashi", "F", new DateOnly(1991, 1, 2), "malisheva");
        await world.FireAsync(trained.Id, BeneficiaryTrigger.CompleteTraining);
        var awarded = await AwardedAsync(world, call, "Drita", "malisheva");
        var active = await AwardedAsync(world, call, "Fjolla", "malisheva");
        await world.FireAsync(active.Id, BeneficiaryTrigger.DeliverEquipment, BeneficiaryTrigger.Register, BeneficiaryTrigger.RecordActive);
        var dropped = await world.BeneficiaryAsync(call, "Gresa", "Gashi", "F", new DateOnly(1991, 1, 3), "drenas");
        await world.FireAsync(dropped.Id, BeneficiaryTrigger.CompleteTraining, BeneficiaryTrigger.DropOut);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);

        var page = await PageAsync(officer, "/admin/startups");

        Assert.Equal(["C2-1", "Malisheva", "5", "4", "3", "2", "2", "1", "1", "1", "2 / 5"], Cells(page, "<tr data-call=\"C2-1\" data-municipality=\"malisheva\">").Take(11));
        Assert.Equal(["C2-1", "Drenasi", "1", "1", "1", "0", "0", "0", "0", "0", "0 / 3"], Cells(page, "<tr data-call=\"C2-1\" data-municipality=\"drenas\">").Take(11));
        Assert.Contains("id=\"kpi-registered\">1<", page, StringComparison.Ordinal);
        Assert.Equal(BeneficiaryStatus.SelectedForTraining, (await world.ReloadAsync(selected.Id)).Status);
        Assert.Equal(BeneficiaryStatus.Awarded, (await world.ReloadAsync(awarded.Id)).Status);
    }

    [Fact]
    public async Task Exports_are_refused_without_the_export_permission_and_carry_names_only_for_holders_of_personal_data()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var arta = await AwardedAsync(world, call, "Arta", "malisheva");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        await AddEquipmentAsync(officer, arta.Id, "Loom", 1, "1500");
        await DeliverAsync(officer, arta.Id, "2026-11-02", ("protocol", "protokolli.pdf", Pdf()));
        const string export = "/admin/startups/export?list=assets&format=csv";

        await GrantAsync(world, Roles.Evaluator, Permissions.ViewStartUps);
        using var evaluator = await world.SignedInAsync("evaluator@integra.test", Roles.Evaluator);
        using (var dashboard = await evaluator.GetAsync("/admin/startups", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.DoesNotContain("/admin/startups/export", await dashboard.ReadPageAsync(Cancel), StringComparison.Ordinal);
        }

        using (var refused = await evaluator.GetAsync(export, Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var full = await officer.GetAsync(export, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, full.StatusCode);
            Assert.Equal("text/csv", full.Content.Headers.ContentType?.MediaType);
            var csv = await full.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("Arta Gashi", csv, StringComparison.Ordinal);
            Assert.Contains("Loom", csv, StringComparison.Ordinal);
        }

        await GrantAsync(world, Roles.Evaluator, Permissions.ExportStartUps);
        using (var xlsx = await evaluator.GetAsync("/admin/startups/export?list=assets&format=xlsx", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync(Cancel))[..2]));
        }

        using var anonymous = await evaluator.GetAsync(export, Cancel);
        var withoutNames = await anonymous.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Loom", withoutNames, StringComparison.Ordinal);
        Assert.DoesNotContain("Arta", withoutNames, StringComparison.Ordinal);
    }

    private static async Task<Beneficiary> AwardedAsync(StartUpsWorld world, long call, string firstName, string municipality)
    {
        var beneficiary = await world.BeneficiaryAsync(call, firstName, "Gashi", "F", new DateOnly(1990, 1, 1 + firstName.Length), municipality);
        await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.CompleteTraining, BeneficiaryTrigger.SubmitPlan, BeneficiaryTrigger.Award);
        return beneficiary;
    }

    private static Task AddEquipmentAsync(HttpClient client, long id, string item, int quantity, string unitCost)
    {
        var page = $"/admin/startups/grants/{id}";
        return StartUpsWorld.PostAsync(client, page, $"{page}/equipment", ("item", item), ("supplier", "Furnitori"), ("quantity", quantity.ToString(CultureInfo.InvariantCulture)), ("unitCost", unitCost));
    }

    private static Task CoFinancingAsync(HttpClient client, long id, params (string Name, string Value)[] fields)
    {
        var page = $"/admin/startups/grants/{id}";
        return StartUpsWorld.PostAsync(client, page, $"{page}/co-financing", fields);
    }

    private static async Task<HttpResponseMessage> DeliverAsync(HttpClient client, long id, string day, params (string Field, string FileName, byte[] Content)[] files)
    {
        var page = $"/admin/startups/grants/{id}";
        var html = await client.GetStringAsync(page, Cancel);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.AntiforgeryToken(html)), HtmlForms.TokenField },
            { new StringContent(day), "deliveredOn" },
            { new StringContent("Dorëzuar në punishte."), "notes" },
        };
        foreach (var (field, fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), field, fileName);
        }

        var response = await client.PostAsync($"{page}/deliver", form, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync(Cancel);
    }

    /// <summary>The texts of the cells of the table row that opens with <paramref name="rowStart"/>.</summary>
    private static List<string> Cells(string html, string rowStart)
    {
        var start = html.IndexOf(rowStart, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row {rowStart}");
        var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        return [.. Cell().Matches(row).Select(m => Tags().Replace(m.Groups[1].Value, "").Trim())];
    }

    /// <summary>An amount as the page shows it, with its thousands separator (a point, a space or none, by culture) left out.</summary>
    private static string Digits(string amount) => Regex.Replace(amount, @"[\s\u00A0\u202F.](?=\d{3}(,|$))", "");

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static byte[] Pdf()
    {
        var bytes = new byte[600];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static async Task GrantAsync(StartUpsWorld world, string role, params string[] permissions)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IntegraRole>>();
        var stored = (await roles.FindByNameAsync(role))!;
        foreach (var permission in permissions)
        {
            await roles.AddClaimAsync(stored, new Claim(Roles.PermissionClaimType, permission));
        }
    }

    [GeneratedRegex("<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
