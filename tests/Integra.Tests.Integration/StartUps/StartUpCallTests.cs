using System.Text.Json;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps;

public sealed class SqliteStartUpCallTests() : StartUpCallTests("Sqlite");

public sealed class PostgresStartUpCallTests() : StartUpCallTests("Postgres");

public abstract class StartUpCallTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_grant_call_takes_the_components_defaults_and_a_40_year_old_man_is_refused_with_the_reason_while_a_40_year_old_woman_is_accepted()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(2);
        await using var scope = world.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Assert.True(await services.GetRequiredService<StartUpCalls>().UseAsGrantCallAsync(call, Cancel));

        var settings = await services.GetRequiredService<StartUpsDbContext>().CallSettings.SingleAsync(s => s.CallSetupId == call, Cancel);
        Assert.Equal((2500m, 2100m, 100m, 300m, 80), (settings.GrantTotal, settings.ProjectInKind, settings.BeneficiaryShare, settings.MunicipalShare, settings.CompletionPercent));
        Assert.Equal(["design", "it", "web", "organic-farming", "food-processing"], StartUpCalls.PrioritySectors(settings));
        var rubric = Criterion.ListFromJson((await services.GetRequiredService<ReviewsDbContext>().Settings.SingleAsync(s => s.CallSetupId == call, Cancel)).CriteriaJson);
        Assert.Equal(["innovation", "market-need", "import-substitution", "eco-friendliness", "feasibility", "commitment"], rubric.Select(c => c.Key));

        var applications = services.GetRequiredService<ApplicationsDbContext>();
        var setup = await applications.Calls.SingleAsync(c => c.Id == call, Cancel);
        var form = new FormVersion { CallSetupId = call, Version = 1, SchemaJson = DefaultForm.Create().ToJson(), UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() };
        applications.FormVersions.Add(form);
        await applications.SaveChangesAsync(Cancel);
        var schema = services.GetRequiredService<CallSetups>().Schema(setup, form);
        var business = Assert.Single(schema.Steps, s => s.Key == GrantFormContributor.StepKey);
        Assert.Equal(
            ["business-idea", "sector", "market-gap", "import-substitution", "eco-friendly", "equipment", "equipment-total", "co-financing"],
            business.Fields.Select(f => f.Key));
        Assert.Equal(schema.Fields.Select(f => f.Key).Distinct(), schema.Fields.Select(f => f.Key));

        var closes = (await services.GetRequiredService<CallSetups>().WindowAsync(setup, Cancel)).ClosesUtc!.Value;
        var fortyYearsAgo = DateOnly.FromDateTime(closes).AddYears(-40).AddDays(-20);
        var checker = services.GetRequiredService<IEligibilityChecker>();

        var man = await checker.CheckAsync(Draft(call, form, "M", fortyYearsAgo), setup, Cancel);
        var refusal = Assert.Single(man);
        Assert.Equal(EligibilityChecker.AgeRule, refusal.Rule);
        Assert.Equal("Men may apply from 18 to 35 years of age; on the day the call closes you will be 40.", refusal.Message);

        Assert.Empty(await checker.CheckAsync(Draft(call, form, "F", fortyYearsAgo), setup, Cancel));
    }

    [Fact]
    public async Task Only_trainees_who_completed_may_submit_a_business_plan_and_the_engines_decision_on_it_awards_or_declines_the_grant()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var grant = await world.CallAsync(1);
        var plan = await world.CallAsync(3);
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var calls = scope.ServiceProvider.GetRequiredService<StartUpCalls>();
            Assert.True(await calls.UseAsGrantCallAsync(grant, Cancel));
            Assert.True(await calls.UseAsPlanCallAsync(plan, grant, Cancel));
        }

        var arta = await world.BeneficiaryAsync(grant, "Arta", "Krasniqi", "F", new DateOnly(1990, 1, 1), "malisheva", "arta@integra.test");
        var besa = await world.BeneficiaryAsync(grant, "Besa", "Gashi", "F", new DateOnly(1992, 1, 1), "malisheva", "besa@integra.test");
        var drita = await world.BeneficiaryAsync(grant, "Drita", "Berisha", "F", new DateOnly(1994, 1, 1), "malisheva");
        await world.FireAsync(arta.Id, BeneficiaryTrigger.CompleteTraining);
        await world.FireAsync(besa.Id, BeneficiaryTrigger.CompleteTraining);

        var untrained = await world.DraftAsync(plan, drita.PersonId, "malisheva");
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var setup = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Calls.SingleAsync(c => c.Id == plan, Cancel);
            var checker = scope.ServiceProvider.GetRequiredService<IEligibilityChecker>();
            var refusal = Assert.Single(await checker.CheckAsync(await world.ApplicationAsync(untrained), setup, Cancel));
            Assert.Equal(PlanStage.TrainedRule, refusal.Rule);
            var trained = new Application { CallSetupId = plan, PersonId = arta.PersonId, Culture = "sq", Status = ApplicationStatus.Draft };
            Assert.Empty(await checker.CheckAsync(trained, setup, Cancel));
        }

        var artaApplication = await world.DraftAsync(plan, arta.PersonId, "malisheva");
        var besaApplication = await world.DraftAsync(plan, besa.PersonId, "malisheva");
        foreach (var id in new[] { artaApplication, besaApplication })
        {
            await world.EngineAsync(id, ApplicationTrigger.Submit, ApplicationTrigger.PassScreening, ApplicationTrigger.StartReview, ApplicationTrigger.CompleteScoring);
        }

        Assert.Equal(BeneficiaryStatus.PlanSubmitted, (await world.ReloadAsync(arta.Id)).Status);
        await world.EngineAsync(artaApplication, ApplicationTrigger.Select);
        await world.EngineAsync(besaApplication, ApplicationTrigger.Reject);

        Assert.Equal(BeneficiaryStatus.Awarded, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Equal(BeneficiaryStatus.NotAwarded, (await world.ReloadAsync(besa.Id)).Status);
        Assert.Equal(BeneficiaryStatus.SelectedForTraining, (await world.ReloadAsync(drita.Id)).Status);
        var award = await world.App.Mailbox.WaitForAsync("arta@integra.test", m => m.Subject == "Biznesit tuaj i është dhënë një grant në pajisje");
        Assert.Contains("Set up by the test", award.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_engines_ranking_awards_no_more_business_plans_in_a_municipality_than_its_places()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var grant = await world.CallAsync(1, """{"malisheva": 1}""");
        var plan = await world.CallAsync(3);
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var calls = scope.ServiceProvider.GetRequiredService<StartUpCalls>();
            Assert.True(await calls.UseAsGrantCallAsync(grant, Cancel));
            Assert.True(await calls.UseAsPlanCallAsync(plan, grant, Cancel));
        }

        var arta = await world.BeneficiaryAsync(grant, "Arta", "Krasniqi", "F", new DateOnly(1990, 1, 1), "malisheva");
        var besa = await world.BeneficiaryAsync(grant, "Besa", "Gashi", "F", new DateOnly(1992, 1, 1), "malisheva");
        foreach (var (beneficiary, score) in new[] { (arta, 90m), (besa, 80m) })
        {
            await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.CompleteTraining);
            var application = await world.DraftAsync(plan, beneficiary.PersonId, "malisheva");
            await world.EngineAsync(application, ApplicationTrigger.Submit);
            await world.ScoredAsync(application, score);
        }

        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        var ranking = $"/admin/reviews/calls/{plan}/ranking";
        await StartUpsWorld.PostAsync(officer, ranking, ranking + "/confirm");

        Assert.Equal(BeneficiaryStatus.Awarded, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Equal(BeneficiaryStatus.PlanSubmitted, (await world.ReloadAsync(besa.Id)).Status);
        Assert.Equal(1, await world.StartUpsAsync(db => db.Beneficiaries.CountAsync(b => b.Municipality == "malisheva" && b.Status == BeneficiaryStatus.Awarded, Cancel)));
    }

    private static Application Draft(long call, FormVersion form, string sex, DateOnly birthDate) => new()
    {
        CallSetupId = call,
        Status = ApplicationStatus.Draft,
        Culture = "en",
        FormVersionId = form.Id,
        AnswersJson = JsonSerializer.Serialize(new Dictionary<string, string> { ["sex"] = sex, ["birth-date"] = birthDate.ToString("yyyy-MM-dd"), ["municipality"] = "malisheva" }),
        CreatedUtc = DateTime.UtcNow,
        UpdatedUtc = DateTime.UtcNow,
        Revision = Guid.NewGuid(),
    };
}
