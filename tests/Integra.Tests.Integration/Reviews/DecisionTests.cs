using System.Net;
using Integra.Applications;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Integra.Tests.Integration.Reviews;

public sealed class SqliteDecisionTests() : DecisionTests("Sqlite");

public sealed class PostgresDecisionTests() : DecisionTests("Postgres");

public abstract class DecisionTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ranking_respects_places_per_municipality_and_each_decision_letter_states_score_rank_and_reason()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1, """{"malisheva": 5}""");
        await world.SettingsAsync(call);
        var malisheva = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var id = await world.SubmitAsync(call, $"Applicant{i}", $"Malisheva{i}", "malisheva", $"m{i}@integra.test", i == 5 ? "en" : "sq");
            await world.ScoredAsync(id, 90 - i);
            malisheva.Add(id);
        }

        var drenas = await world.SubmitAsync(call, "Besa", "Gashi", "drenas", "besa@integra.test");
        await world.ScoredAsync(drenas, 50);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        var ranking = $"/admin/reviews/calls/{call}/ranking";

        using var preview = await officer.GetAsync(ranking, Cancel);
        var previewPage = await preview.ReadPageAsync(Cancel);
        Assert.True(previewPage.IndexOf("C4-1-0006", StringComparison.Ordinal) > previewPage.IndexOf("C4-1-0007", StringComparison.Ordinal),
            "The sixth applicant of Malisheva is listed on the reserve list, after the selected applicant of Drenas.");
        await ReviewWorld.PostAsync(officer, ranking, ranking + "/confirm");

        foreach (var id in malisheva.Take(5).Append(drenas))
        {
            Assert.Equal(ApplicationStatus.Selected, (await world.ApplicationAsync(id)).Status);
        }

        var sixth = await world.ApplicationAsync(malisheva[5]);
        Assert.Equal(ApplicationStatus.Reserve, sixth.Status);
        Assert.Equal("Ranked 6 of 6 in Malisheva (places: 5). Final score 85.", sixth.DecisionReason);
        Assert.Contains("50", (await world.ApplicationAsync(drenas)).DecisionReason, StringComparison.Ordinal);

        await ReviewWorld.PostAsync(officer, ranking, ranking + "/letters");
        var letters = await world.ReviewsAsync(db => db.Letters.ToListAsync(Cancel));
        Assert.Equal(7, letters.Count);
        var sixthLetter = letters.Single(l => l.ApplicationId == sixth.Id);
        Assert.Equal(6, sixthLetter.Rank);
        Assert.Equal(8, (sixthLetter.AppealUntilUtc - sixthLetter.SentUtc).TotalDays, 3);
        if (world.App.Services.CreateScope().ServiceProvider.GetService<IApplicationMailer>() is not null)
        {
            var letter = await world.App.Mailbox.WaitForAsync("m5@integra.test");
            Assert.Contains("Ranked 6 of 6 in Malisheva", letter.HtmlBody ?? "", StringComparison.Ordinal);
            Assert.All(letters, l => Assert.True(l.Emailed));
        }

        await ReviewWorld.PostAsync(officer, ranking, ranking + "/letters");
        Assert.Equal(7, await world.ReviewsAsync(db => db.Letters.CountAsync(Cancel)));

        // Once decided and told, the ranking page still shows the call's outcome, with each letter's date.
        using var after = await officer.GetAsync(ranking, Cancel);
        var afterPage = await after.ReadPageAsync(Cancel);
        var decided = afterPage[afterPage.IndexOf("id=\"decided\"", StringComparison.Ordinal)..];
        var sixthRow = decided[decided.IndexOf("data-reference=\"C4-1-0006\"", StringComparison.Ordinal)..];
        sixthRow = sixthRow[..sixthRow.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(">6<", sixthRow, StringComparison.Ordinal);
        Assert.Contains("Ranked 6 of 6 in Malisheva", sixthRow, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(sixthRow, @"(Sent on|Dërguar më) [^<]*\d{4}"), sixthRow);
        Assert.True(decided.IndexOf("C4-1-0001", StringComparison.Ordinal) < decided.IndexOf("C4-1-0006", StringComparison.Ordinal), "Decisions are listed in rank order.");
        Assert.DoesNotContain("Ende e padërguar", decided, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_appeals_within_the_window_and_staff_uphold_or_dismiss_it_with_a_reason()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        await world.SettingsAsync(call, passMark: 40);
        var rejected = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva", "arta@integra.test");
        await world.ScoredAsync(rejected, 30);
        var ineligible = await world.SubmitAsync(call, "Besa", "Gashi", "drenas", "besa@integra.test");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        await ReviewWorld.PostAsync(officer, $"/admin/reviews/calls/{call}/screening", $"/admin/reviews/calls/{call}/screening/{ineligible}", ("decision", "fail"), ("reason", "No proof of residence."));
        var ranking = $"/admin/reviews/calls/{call}/ranking";
        await ReviewWorld.PostAsync(officer, ranking, ranking + "/confirm");
        Assert.Equal(ApplicationStatus.Rejected, (await world.ApplicationAsync(rejected)).Status);

        using var arta = await world.App.CreateSignedInClientAsync("arta@integra.test");
        using var beforeLetter = await arta.GetAsync($"/sq/applications/{rejected}/appeal", Cancel);
        Assert.DoesNotContain("name=\"Text\"", await beforeLetter.ReadPageAsync(Cancel), StringComparison.Ordinal);
        await ReviewWorld.PostAsync(officer, ranking, ranking + "/letters");

        using var besa = await world.App.CreateSignedInClientAsync("besa@integra.test");
        using var notHers = await besa.GetAsync($"/sq/applications/{rejected}/appeal", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);

        var page = $"/sq/applications/{rejected}/appeal";
        using var tooShort = await arta.SubmitFormAsync(page, page, [("Text", "Unfair.")], Cancel);
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Equal(ApplicationStatus.Rejected, (await world.ApplicationAsync(rejected)).Status);
        using var tooLong = await arta.SubmitFormAsync(page, page, [("Text", new string('a', 2001))], Cancel);
        Assert.Equal(ApplicationStatus.Rejected, (await world.ApplicationAsync(rejected)).Status);

        using var lodged = await arta.SubmitFormAsync(page, page, [("Text", "My business plan was scored without the market study I attached.")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, lodged.StatusCode);
        Assert.Equal(ApplicationStatus.Appealed, (await world.ApplicationAsync(rejected)).Status);

        using var besaPage = await besa.GetAsync($"/sq/applications/{ineligible}/appeal", Cancel);
        Assert.Contains("name=\"Text\"", await besaPage.ReadPageAsync(Cancel), StringComparison.Ordinal);
        await world.ReviewsAsync(async db =>
        {
            var letter = await db.Letters.SingleAsync(l => l.ApplicationId == ineligible, Cancel);
            letter.AppealUntilUtc = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync(Cancel);
        });
        using var closed = await besa.GetAsync($"/sq/applications/{ineligible}/appeal", Cancel);
        Assert.DoesNotContain("name=\"Text\"", await closed.ReadPageAsync(Cancel), StringComparison.Ordinal);
        using var late = await besa.PostFormAsync($"/sq/applications/{ineligible}/appeal", HtmlForms.AntiforgeryToken(await besaPage.ReadPageAsync(Cancel)), [("Text", "I sent the proof of residence by post.")], Cancel);
        Assert.Equal(ApplicationStatus.Ineligible, (await world.ApplicationAsync(ineligible)).Status);

        using var appeals = await officer.GetAsync("/admin/reviews/appeals", Cancel);
        Assert.Contains("without the market study", await appeals.ReadPageAsync(Cancel), StringComparison.Ordinal);
        var appealId = await world.ReviewsAsync(db => db.Appeals.Where(a => a.ApplicationId == rejected).Select(a => a.Id).SingleAsync(Cancel));
        await ReviewWorld.PostAsync(officer, "/admin/reviews/appeals", $"/admin/reviews/appeals/{appealId}", ("decision", "uphold"), ("reason", ""));
        Assert.Equal(ApplicationStatus.Appealed, (await world.ApplicationAsync(rejected)).Status);
        await ReviewWorld.PostAsync(officer, "/admin/reviews/appeals", $"/admin/reviews/appeals/{appealId}", ("decision", "uphold"), ("reason", "The market study was attached and changes the score."));
        var upheld = await world.ApplicationAsync(rejected);
        Assert.Equal(ApplicationStatus.Selected, upheld.Status);
        Assert.Equal("The market study was attached and changes the score.", upheld.DecisionReason);
        var appeal = await world.ReviewsAsync(db => db.Appeals.SingleAsync(a => a.Id == appealId, Cancel));
        Assert.True(appeal.Upheld);
        Assert.Equal("officer@integra.test", appeal.DecidedBy);

        using var evaluator = await world.SignedInAsync("evaluator@integra.test", Roles.Evaluator);
        using var refused = await evaluator.GetAsync("/admin/reviews/appeals", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        if (world.App.Services.CreateScope().ServiceProvider.GetService<IApplicationMailer>() is not null)
        {
            await world.App.Mailbox.WaitForAsync("arta@integra.test", m => (m.HtmlBody ?? "").Contains("market study was attached", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Exports_need_ExportApplications_and_leave_out_personal_columns_for_a_role_without_ViewPersonalData()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        await world.SettingsAsync(call);
        var arta = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva");
        await world.ScoredAsync(arta, 70);
        await world.SubmitAsync(call, "Besa", "Gashi", "drenas");
        await world.GrantAsync(Roles.MunicipalOfficial, Permissions.ViewApplications, Permissions.ExportApplications);
        await world.GrantAsync(Roles.Editor, Permissions.ViewApplications);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var official = await world.SignedInAsync("official@integra.test", Roles.MunicipalOfficial);
        using var editor = await world.SignedInAsync("editor@integra.test", Roles.Editor);
        var export = $"/admin/reviews/calls/{call}/export";

        using var refused = await editor.GetAsync(export + "?kind=contacts&format=csv", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var list = await editor.GetAsync($"/admin/reviews/calls/{call}?municipality=drenas", Cancel);
        var listPage = await list.ReadPageAsync(Cancel);
        Assert.Contains("C4-1-0002", listPage, StringComparison.Ordinal);
        Assert.DoesNotContain("C4-1-0001", listPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/export?", listPage, StringComparison.Ordinal);

        using var full = await officer.GetAsync(export + "?kind=contacts&format=csv", Cancel);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        var fullCsv = await full.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Arta Krasniqi", fullCsv, StringComparison.Ordinal);
        Assert.Contains("+38344000001", fullCsv, StringComparison.Ordinal);

        using var partial = await official.GetAsync(export + "?kind=contacts&format=csv", Cancel);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        var partialCsv = await partial.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("C4-1-0001", partialCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("Krasniqi", partialCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("+38344", partialCsv, StringComparison.Ordinal);
        Assert.Equal(4, partialCsv.Split("\r\n")[0].Split(',').Length);

        foreach (var (client, personal) in new[] { (officer, true), (official, false) })
        {
            using var xlsx = await client.GetAsync(export + "?kind=ranking&format=xlsx", Cancel);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
            using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancel));
            var rows = stream.Query().Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(2, rows.Count);
            Assert.Equal("C4-1-0001", rows[1]["B"]?.ToString());
            Assert.Equal(personal, rows.SelectMany(r => r.Values).Any(v => v?.ToString() == "Arta Krasniqi"));
        }

        using var filtered = await officer.GetAsync(export + "?kind=list&format=csv&municipality=drenas", Cancel);
        var filteredCsv = await filtered.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("C4-1-0002", filteredCsv, StringComparison.Ordinal);
        Assert.DoesNotContain("C4-1-0001", filteredCsv, StringComparison.Ordinal);
        Assert.Contains(await world.AuditAsync(), a => a.Action == "review.export" && a.UserName == "official@integra.test" && !a.Details!.Contains("personal", StringComparison.Ordinal));

        await ReviewWorld.PostAsync(officer, $"/admin/reviews/calls/{call}", $"/admin/reviews/calls/{call}/views", ("name", "Drenas"), ("municipality", "drenas"));
        using var withView = await officer.GetAsync($"/admin/reviews/calls/{call}", Cancel);
        Assert.Contains($"/admin/reviews/calls/{call}?municipality=drenas", await withView.ReadPageAsync(Cancel), StringComparison.Ordinal);
        using var othersViews = await official.GetAsync($"/admin/reviews/calls/{call}", Cancel);
        Assert.DoesNotContain("?municipality=drenas\"", await othersViews.ReadPageAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_screening_passes_the_chosen_applications_with_one_reason()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        var first = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva");
        var second = await world.SubmitAsync(call, "Besa", "Gashi", "drenas");
        var third = await world.SubmitAsync(call, "Drita", "Berisha", "klina");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        await ReviewWorld.PostAsync(officer, $"/admin/reviews/calls/{call}", $"/admin/reviews/calls/{call}/bulk",
            ("bulk", "pass"), ("ids", first.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ids", third.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "Meets every condition."));
        Assert.Equal(ApplicationStatus.Eligible, (await world.ApplicationAsync(first)).Status);
        Assert.Equal("Meets every condition.", (await world.ApplicationAsync(third)).DecisionReason);
        Assert.Equal(ApplicationStatus.Submitted, (await world.ApplicationAsync(second)).Status);
    }
}
