using System.Net;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.StartUps;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps;

public sealed class SqliteBeneficiaryWorkflowTests() : BeneficiaryWorkflowTests("Sqlite");

public sealed class PostgresBeneficiaryWorkflowTests() : BeneficiaryWorkflowTests("Postgres");

public abstract class BeneficiaryWorkflowTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_applicant_handed_over_by_the_engine_becomes_a_beneficiary_selected_for_training_once_and_is_told_in_her_language()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var person = await world.PersonAsync("Arta", "Krasniqi", "F", new DateOnly(1986, 4, 12), "malisheva", "arta@integra.test");
        var application = await world.SelectedAsync(call, person, "malisheva", "sr-Latn");

        var beneficiary = await world.HandOverAsync(application);

        Assert.Equal(BeneficiaryStatus.SelectedForTraining, beneficiary.Status);
        Assert.Equal(person, beneficiary.PersonId);
        Assert.Equal("malisheva", beneficiary.Municipality);
        Assert.Equal(1, beneficiary.CallNumber);
        var timeline = await world.StartUpsAsync(db => db.BeneficiaryEvents.Where(e => e.BeneficiaryId == beneficiary.Id).ToListAsync(Cancel));
        var selected = Assert.Single(timeline);
        Assert.Equal((BeneficiaryStatus.Applied, BeneficiaryStatus.SelectedForTraining), (selected.FromStatus, selected.ToStatus));
        var mail = await world.App.Mailbox.WaitForAsync("arta@integra.test");
        Assert.Equal("Izabrani ste za obuku za biznis", mail.Subject);

        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var list = await officer.GetAsync("/admin/startups/beneficiaries", Cancel);
        Assert.Contains("Arta Krasniqi", await list.ReadPageAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(1, await world.StartUpsAsync(db => db.Beneficiaries.CountAsync(Cancel)));
    }

    [Fact]
    public async Task Staff_take_in_a_calls_selected_applicants_from_the_beneficiaries_screen()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        for (var i = 0; i < 3; i++)
        {
            await world.SelectedAsync(call, await world.PersonAsync($"Name{i}", $"Surname{i}", "F", new DateOnly(1990, 1, 1 + i), "drenas"), "drenas");
        }

        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        const string page = "/admin/startups/beneficiaries";
        await StartUpsWorld.PostAsync(officer, page, $"{page}/take-in/{call}");

        var beneficiaries = await world.StartUpsAsync(db => db.Beneficiaries.ToListAsync(Cancel));
        Assert.Equal(3, beneficiaries.Count);
        Assert.All(beneficiaries, b => Assert.Equal(BeneficiaryStatus.SelectedForTraining, b.Status));
        await StartUpsWorld.PostAsync(officer, page, $"{page}/take-in/{call}");
        Assert.Equal(3, await world.StartUpsAsync(db => db.Beneficiaries.CountAsync(Cancel)));
    }

    [Fact]
    public async Task A_beneficiary_moves_only_along_the_declared_path_and_each_move_is_on_the_timeline_and_in_the_audit_trail()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var beneficiary = await world.BeneficiaryAsync(call, "Besa", "Gashi", "F", new DateOnly(1990, 2, 3), "drenas");

        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var transitions = scope.ServiceProvider.GetRequiredService<BeneficiaryTransitions>();
            var tooEarly = await transitions.FireAsync(beneficiary.Id, BeneficiaryTrigger.Award, "Good plan", Cancel);
            Assert.False(tooEarly.Succeeded);
            Assert.Contains("cannot be moved this way", tooEarly.Error, StringComparison.Ordinal);
            var noReason = await transitions.FireAsync(beneficiary.Id, BeneficiaryTrigger.DropOut, " ", Cancel);
            Assert.False(noReason.Succeeded);
        }

        Assert.Equal(BeneficiaryStatus.SelectedForTraining, (await world.ReloadAsync(beneficiary.Id)).Status);

        await world.FireAsync(beneficiary.Id,
            BeneficiaryTrigger.CompleteTraining, BeneficiaryTrigger.SubmitPlan, BeneficiaryTrigger.Award, BeneficiaryTrigger.DeliverEquipment,
            BeneficiaryTrigger.Register, BeneficiaryTrigger.RecordStruggling, BeneficiaryTrigger.RecordActive);

        Assert.Equal(BeneficiaryStatus.Active, (await world.ReloadAsync(beneficiary.Id)).Status);
        var path = await world.StartUpsAsync(db => db.BeneficiaryEvents.Where(e => e.BeneficiaryId == beneficiary.Id).OrderBy(e => e.Id).Select(e => e.ToStatus).ToListAsync(Cancel));
        Assert.Equal(
            [BeneficiaryStatus.SelectedForTraining, BeneficiaryStatus.Trained, BeneficiaryStatus.PlanSubmitted, BeneficiaryStatus.Awarded, BeneficiaryStatus.EquipmentDelivered, BeneficiaryStatus.Registered, BeneficiaryStatus.Struggling, BeneficiaryStatus.Active],
            path);
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking().Where(a => a.Module == StartUpsModule.Id).ToListAsync(Cancel);
            Assert.Contains(audit, a => a.Action == "beneficiary.Award");
        }

        await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.Close);
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var reopened = await scope.ServiceProvider.GetRequiredService<BeneficiaryTransitions>().FireAsync(beneficiary.Id, BeneficiaryTrigger.RecordActive, null, Cancel);
            Assert.False(reopened.Succeeded, "A closed business stays closed.");
        }
    }

    [Fact]
    public async Task A_user_without_the_moves_permission_is_refused_and_sees_no_button_for_it()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var beneficiary = await world.BeneficiaryAsync(call, "Drita", "Berisha", "F", new DateOnly(1995, 5, 5), "klina");
        await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.CompleteTraining, BeneficiaryTrigger.SubmitPlan);
        await world.GrantAsync(Roles.MunicipalOfficial, Permissions.ViewStartUps, Permissions.RecordMonitoringVisits);
        using var official = await world.SignedInAsync("official@integra.test", Roles.MunicipalOfficial);
        var page = $"/admin/startups/beneficiaries/{beneficiary.Id}";

        using var details = await official.GetAsync(page, Cancel);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.DoesNotContain("value=\"Award\"", await details.ReadPageAsync(Cancel), StringComparison.Ordinal);
        using var refused = await official.PostFormAsync($"{page}/move", HtmlForms.AntiforgeryToken(await (await official.GetAsync("/admin/startups/beneficiaries", Cancel)).ReadPageAsync(Cancel)), [("trigger", "Award"), ("reason", "Best plan in Klina.")], Cancel);
        Assert.Equal(BeneficiaryStatus.PlanSubmitted, (await world.ReloadAsync(beneficiary.Id)).Status);

        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var officerPage = await officer.GetAsync(page, Cancel);
        Assert.Contains("value=\"Award\"", await officerPage.ReadPageAsync(Cancel), StringComparison.Ordinal);
        await StartUpsWorld.PostAsync(officer, page, $"{page}/move", ("trigger", "Award"), ("reason", "Best plan in Klina."));
        Assert.Equal(BeneficiaryStatus.Awarded, (await world.ReloadAsync(beneficiary.Id)).Status);
    }
}
