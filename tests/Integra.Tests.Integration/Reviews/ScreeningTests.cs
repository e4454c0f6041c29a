using System.Net;
using Integra.Applications;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;

namespace Integra.Tests.Integration.Reviews;

public sealed class SqliteScreeningTests() : ScreeningTests("Sqlite");

public sealed class PostgresScreeningTests() : ScreeningTests("Postgres");

public abstract class ScreeningTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_settings_are_saved_per_call_with_a_weighted_rubric()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        var page = $"/admin/reviews/calls/{call}/settings";

        using var refused = await ReviewWorld.PostAsync(officer, page, page,
            ("EvaluatorsPerApplication", "0"), ("CombineRule", "mean"), ("SpreadThreshold", "25"), ("PassMark", "0"),
            ("Criteria[0].NameSq", "Ideja"), ("Criteria[0].Weight", "2"), ("Criteria[0].MaxPoints", "10"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(await world.ReviewsAsync(db => db.Settings.FirstOrDefaultAsync(s => s.CallSetupId == call, Cancel)));

        using var saved = await ReviewWorld.PostAsync(officer, page, page,
            ("EvaluatorsPerApplication", "3"), ("ExcludeSameMunicipality", "true"), ("BlindReview", "true"),
            ("CombineRule", "median"), ("SpreadThreshold", "12.5"), ("PassMark", "40"), ("TotalPlaces", "10"),
            ("Criteria[0].NameSq", "Ideja e biznesit"), ("Criteria[0].NameSr", "Poslovna ideja"), ("Criteria[0].NameEn", "Business idea"),
            ("Criteria[0].Weight", "2"), ("Criteria[0].MaxPoints", "10"),
            ("Criteria[1].NameSq", "Përvoja"), ("Criteria[1].NameSr", "Iskustvo"), ("Criteria[1].Weight", "1"), ("Criteria[1].MaxPoints", "5"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var settings = await world.ReviewsAsync(db => db.Settings.SingleAsync(s => s.CallSetupId == call, Cancel));
        Assert.Equal(3, settings.EvaluatorsPerApplication);
        Assert.True(settings.ExcludeSameMunicipality);
        Assert.True(settings.BlindReview);
        Assert.Equal("median", settings.CombineRule);
        Assert.Equal(12.5m, settings.SpreadThreshold);
        Assert.Equal(10, settings.TotalPlaces);
        var criteria = Integra.Reviews.Services.Criterion.ListFromJson(settings.CriteriaJson);
        Assert.Equal(["Ideja e biznesit", "Përvoja"], criteria.Select(c => c.Name["sq"]));
        Assert.Equal([2m, 1m], criteria.Select(c => c.Weight));

        using var again = await officer.GetAsync(page, Cancel);
        Assert.Contains("Poslovna ideja", await again.ReadPageAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_waits_for_the_call_to_close_and_each_decision_needs_a_reason_the_applicant_reads()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var closed = await world.CallAsync("4", 1);
        var open = await world.CallAsync("2", 2);
        var arta = await world.SubmitAsync(closed, "Arta", "Krasniqi", "malisheva");
        var besa = await world.SubmitAsync(closed, "Besa", "Gashi", "drenas");
        var early = await world.SubmitAsync(open, "Drita", "Berisha", "klina");
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);

        using var openPage = await officer.GetAsync($"/admin/reviews/calls/{open}/screening", Cancel);
        Assert.DoesNotContain("Drita", await openPage.ReadPageAsync(Cancel), StringComparison.Ordinal);
        var token = HtmlForms.AntiforgeryToken(await (await officer.GetAsync($"/admin/reviews/calls/{closed}/screening", Cancel)).ReadPageAsync(Cancel));
        using var tooEarly = await officer.PostFormAsync($"/admin/reviews/calls/{open}/screening/{early}", token, [("decision", "pass"), ("reason", "Looks fine")], Cancel);
        Assert.Equal(ApplicationStatus.Submitted, (await world.ApplicationAsync(early)).Status);

        var page = await (await officer.GetAsync($"/admin/reviews/calls/{closed}/screening", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Arta Krasniqi", page, StringComparison.Ordinal);
        Assert.Contains("A bakery run by Besa", page, StringComparison.Ordinal);

        using var noReason = await officer.PostFormAsync($"/admin/reviews/calls/{closed}/screening/{arta}", token, [("decision", "fail"), ("reason", " ")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        Assert.Equal(ApplicationStatus.Submitted, (await world.ApplicationAsync(arta)).Status);

        using var failed = await officer.PostFormAsync($"/admin/reviews/calls/{closed}/screening/{arta}", token, [("decision", "fail"), ("reason", "The applicant is older than the call allows.")], Cancel);
        using var passed = await officer.PostFormAsync($"/admin/reviews/calls/{closed}/screening/{besa}", token, [("decision", "pass"), ("reason", "Meets every condition.")], Cancel);
        var failedApplication = await world.ApplicationAsync(arta);
        Assert.Equal(ApplicationStatus.Ineligible, failedApplication.Status);
        Assert.Equal("The applicant is older than the call allows.", failedApplication.DecisionReason);
        Assert.Equal(ApplicationStatus.Eligible, (await world.ApplicationAsync(besa)).Status);
        var letter = await world.ReviewsAsync(db => db.Letters.SingleAsync(l => l.ApplicationId == arta, Cancel));
        Assert.Equal(ApplicationStatus.Ineligible, letter.Outcome);
        Assert.Equal(8, (letter.AppealUntilUtc - letter.SentUtc).TotalDays, 3);
        Assert.Contains(await world.AuditAsync(), a => a.Action == "application.FailScreening" && a.UserName == "officer@integra.test");
    }

    [Fact]
    public async Task A_screener_without_ViewPersonalData_sees_the_answers_but_no_identity_fields()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var closed = await world.CallAsync("4", 1);
        await world.SubmitAsync(closed, "Arta", "Krasniqi", "malisheva");
        await world.GrantAsync(Roles.MunicipalOfficial, Permissions.ViewApplications, Permissions.ScreenApplications);
        using var official = await world.SignedInAsync("official@integra.test", Roles.MunicipalOfficial);

        using var response = await official.GetAsync($"/admin/reviews/calls/{closed}/screening", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync(Cancel);
        Assert.Contains("A bakery run by Arta", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Krasniqi", page, StringComparison.Ordinal);
        Assert.DoesNotContain("+38344", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1200000001", page, StringComparison.Ordinal);

        using var editor = await world.SignedInAsync("editor@integra.test", Roles.Editor);
        using var refused = await editor.GetAsync($"/admin/reviews/calls/{closed}/screening", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
