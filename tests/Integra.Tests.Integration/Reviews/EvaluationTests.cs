using System.Net;
using Integra.Applications;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;

namespace Integra.Tests.Integration.Reviews;

public sealed class SqliteEvaluationTests() : EvaluationTests("Sqlite");

public sealed class PostgresEvaluationTests() : EvaluationTests("Postgres");

public abstract class EvaluationTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_evaluator_cannot_open_an_application_before_declaring_and_a_declared_conflict_sends_it_back_for_another_evaluator()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        await world.SettingsAsync(call, evaluators: 2, excludeMunicipality: true);
        var arta = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva");
        await world.EngineAsync(arta, ApplicationTrigger.PassScreening);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var first = await world.SignedInAsync("first@integra.test", Roles.Evaluator);
        using var second = await world.SignedInAsync("second@integra.test", Roles.Evaluator);
        using var local = await world.SignedInAsync("local@integra.test", Roles.Evaluator);
        using var third = await world.SignedInAsync("third@integra.test", Roles.Evaluator);
        var pool = $"/admin/reviews/calls/{call}/evaluators";
        foreach (var (email, municipality) in new[] { ("first@integra.test", "drenas"), ("second@integra.test", "klina"), ("local@integra.test", "malisheva") })
        {
            await ReviewWorld.PostAsync(officer, pool, pool + "/pool", ("userId", await world.UserIdAsync(email)), ("municipality", municipality));
        }

        await ReviewWorld.PostAsync(officer, pool, pool + "/in-turn");
        Assert.Equal(ApplicationStatus.UnderReview, (await world.ApplicationAsync(arta)).Status);
        var assignments = await world.ReviewsAsync(db => db.Assignments.Where(a => a.ApplicationId == arta).ToListAsync(Cancel));
        Assert.Equal(["first@integra.test", "second@integra.test"], assignments.Select(a => a.EvaluatorName).Order());

        var mine = assignments.Single(a => a.EvaluatorName == "first@integra.test").Id;
        using var refused = await first.GetAsync($"/admin/reviews/mine/{mine}/application", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/admin/reviews/mine/{mine}", refused.RedirectTarget());
        using var declaration = await first.GetAsync($"/admin/reviews/mine/{mine}", Cancel);
        var declarationPage = await declaration.ReadPageAsync(Cancel);
        Assert.Contains("C4-1-0001", declarationPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A bakery run by", declarationPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Krasniqi", declarationPage, StringComparison.Ordinal);
        using var notTheirs = await third.GetAsync($"/admin/reviews/mine/{mine}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);

        await ReviewWorld.PostAsync(first, $"/admin/reviews/mine/{mine}", $"/admin/reviews/mine/{mine}", ("declaration", "conflict"), ("note", "The applicant is my cousin."));
        using var afterConflict = await first.GetAsync($"/admin/reviews/mine/{mine}/application", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, afterConflict.StatusCode);
        Assert.DoesNotContain("A bakery run by", await afterConflict.ReadPageAsync(Cancel), StringComparison.Ordinal);

        await ReviewWorld.PostAsync(officer, pool, pool + "/in-turn");
        assignments = await world.ReviewsAsync(db => db.Assignments.Where(a => a.ApplicationId == arta).ToListAsync(Cancel));
        Assert.Equal(["second@integra.test"], assignments.Where(a => a.Active).Select(a => a.EvaluatorName));
        Assert.DoesNotContain(assignments, a => a.EvaluatorName == "local@integra.test");

        await ReviewWorld.PostAsync(officer, pool, pool + "/pool", ("userId", await world.UserIdAsync("third@integra.test")), ("municipality", "prizren"));
        await ReviewWorld.PostAsync(officer, pool, pool + "/assign", ("applicationId", arta.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("userId", await world.UserIdAsync("first@integra.test")));
        await ReviewWorld.PostAsync(officer, pool, pool + "/in-turn");
        assignments = await world.ReviewsAsync(db => db.Assignments.Where(a => a.ApplicationId == arta).ToListAsync(Cancel));
        Assert.Equal(["second@integra.test", "third@integra.test"], assignments.Where(a => a.Active).Select(a => a.EvaluatorName).Order());
        Assert.Single(assignments, a => a.EvaluatorName == "first@integra.test");

        var audit = await world.AuditAsync();
        Assert.Contains(audit, a => a.Action == "review.declare.conflict" && a.UserName == "first@integra.test" && a.Details!.Contains("cousin", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "review.assign" && a.Details == "third@integra.test");
    }

    [Fact]
    public async Task Two_evaluators_score_blind_a_wide_spread_is_flagged_and_the_committee_sets_the_final_score_with_a_reason()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        await world.SettingsAsync(call, evaluators: 2, blind: true);
        var arta = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva");
        await world.EngineAsync(arta, ApplicationTrigger.PassScreening);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var first = await world.SignedInAsync("first@integra.test", Roles.Evaluator);
        using var second = await world.SignedInAsync("second@integra.test", Roles.Evaluator);
        var pool = $"/admin/reviews/calls/{call}/evaluators";
        foreach (var email in new[] { "first@integra.test", "second@integra.test" })
        {
            await ReviewWorld.PostAsync(officer, pool, pool + "/pool", ("userId", await world.UserIdAsync(email)), ("municipality", ""));
            await ReviewWorld.PostAsync(officer, pool, pool + "/assign", ("applicationId", arta.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("userId", await world.UserIdAsync(email)));
        }

        var assignments = await world.ReviewsAsync(db => db.Assignments.Where(a => a.ApplicationId == arta).ToDictionaryAsync(a => a.EvaluatorName, a => a.Id, Cancel));
        var scores = new Dictionary<string, (string Idea, string Experience)> { ["first@integra.test"] = ("10", "5"), ["second@integra.test"] = ("2", "1") };
        foreach (var (email, client) in new[] { ("first@integra.test", first), ("second@integra.test", second) })
        {
            var id = assignments[email];
            await ReviewWorld.PostAsync(client, $"/admin/reviews/mine/{id}", $"/admin/reviews/mine/{id}", ("declaration", "none"));
            using var opened = await client.GetAsync($"/admin/reviews/mine/{id}/application", Cancel);
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
            var page = await opened.ReadPageAsync(Cancel);
            Assert.Contains("A bakery run by Arta", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Krasniqi", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Village of", page, StringComparison.Ordinal);
            Assert.DoesNotContain("1200000001", page, StringComparison.Ordinal);

            using var early = await officer.SubmitFormAsync($"/admin/reviews/calls/{call}/scores/{arta}", $"/admin/reviews/calls/{call}/scores/{arta}", [("final", "50"), ("reason", "Too early")], Cancel);
            Assert.Equal(ApplicationStatus.UnderReview, (await world.ApplicationAsync(arta)).Status);

            var (idea, experience) = scores[email];
            await ReviewWorld.PostAsync(client, $"/admin/reviews/mine/{id}/application", $"/admin/reviews/mine/{id}/application",
                ("points[idea]", idea), ("comments[idea]", "Clear plan."), ("points[experience]", experience), ("comments[experience]", ""), ("intent", "submit"));
        }

        var totals = await world.ReviewsAsync(db => db.Assignments.Where(a => a.ApplicationId == arta).Select(a => a.Total).ToListAsync(Cancel));
        Assert.Equal([20m, 100m], totals.Select(t => t!.Value).Order());

        using var overview = await officer.GetAsync($"/admin/reviews/calls/{call}/scores", Cancel);
        Assert.Contains("badge text-bg-danger", await overview.ReadPageAsync(Cancel), StringComparison.Ordinal);
        using var detail = await officer.GetAsync($"/admin/reviews/calls/{call}/scores/{arta}", Cancel);
        var detailPage = await detail.ReadPageAsync(Cancel);
        Assert.Contains("Clear plan.", detailPage, StringComparison.Ordinal);
        Assert.Contains("value=\"60\"", detailPage, StringComparison.Ordinal);

        await ReviewWorld.PostAsync(officer, $"/admin/reviews/calls/{call}/scores/{arta}", $"/admin/reviews/calls/{call}/scores/{arta}",
            ("final", "55.5"), ("reason", "The committee weighed both views; the plan is clear but the market is small."));
        var application = await world.ApplicationAsync(arta);
        Assert.Equal(ApplicationStatus.Scored, application.Status);
        Assert.Equal(55.5m, application.FinalScore);
        var final = await world.ReviewsAsync(db => db.FinalScores.SingleAsync(f => f.ApplicationId == arta, Cancel));
        Assert.Equal(60m, final.Combined);
        Assert.Equal(80m, final.Spread);
        Assert.Equal("officer@integra.test", final.DecidedBy);
        Assert.Contains(await world.AuditAsync(), a => a.Action == "review.score" && a.UserName == "second@integra.test");
    }
}
