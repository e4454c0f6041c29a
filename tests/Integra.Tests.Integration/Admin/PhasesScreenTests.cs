using System.Net;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Integra.Tests.Integration.Admin.ReportsFixtureModule;

namespace Integra.Tests.Integration.Admin;

public abstract class PhasesScreenTests(string provider)
{
    [Fact]
    public async Task Applying_a_phase_enables_and_disables_the_right_features()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await StartInInceptionAsync(app);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        await admin.PageAsync("/admin/phases/new");
        var list = await admin.PostAndFollowAsync("/admin/phases/new",
            ("Name", "Reporting"), ("Description", "Reports for the donor."), ("Order", "10"), ("Features", ReportsExport), ("Features", "Integra.Cms"), ("Features", "Integra.Search"), ("OtherFeatures", "Integra.Future"));
        Assert.Contains("Saved the phase “Reporting”.", list, StringComparison.Ordinal);
        Assert.Contains("Integra.Future · not installed", list, StringComparison.Ordinal);
        var reporting = await PhaseIdAsync(app, "Reporting");

        var preview = await admin.PageAsync($"/admin/phases/{reporting}/apply");
        Assert.Contains("Will be enabled", preview, StringComparison.Ordinal);
        Assert.Contains($"Will be enabled Test reports {Reports} Test report export {ReportsExport}", preview, StringComparison.Ordinal);
        Assert.Contains("Not installed yet, skipped Integra.Future", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Will be disabled", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/test-fixture/reports/export"));

        var applied = await admin.PostAndFollowAsync($"/admin/phases/{reporting}/apply");
        Assert.Contains("Applied the phase “Reporting”. Enabled: Test reports, Test report export.", applied, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await admin.StatusAsync("/test-fixture/reports"));
        Assert.Equal(HttpStatusCode.OK, await admin.StatusAsync("/test-fixture/reports/export"));
        Assert.Contains("Current phase Reporting", await admin.PageAsync("/admin"), StringComparison.Ordinal);

        var inception = await PhaseIdAsync(app, "Inception");
        var back = await admin.PageAsync($"/admin/phases/{inception}/apply");
        Assert.Contains("Will be disabled", back, StringComparison.Ordinal);
        Assert.DoesNotContain("Will be enabled", back, StringComparison.Ordinal);
        var undone = await admin.PostAndFollowAsync($"/admin/phases/{inception}/apply");
        Assert.Contains("Applied the phase “Inception”. Disabled: Test report export, Test reports.", undone, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/test-fixture/reports"));
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/test-fixture/reports/export"));

        var audit = await admin.PageAsync("/admin/audit?action=Phase+applied");
        Assert.Contains("Phase applied Reporting Enabled: Integra.Tests.Reports, Integra.Tests.Reports.Export; disabled: ", audit, StringComparison.Ordinal);
        Assert.Contains("Phase applied Inception Enabled: ; disabled: Integra.Tests.Reports.Export, Integra.Tests.Reports", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phase_is_edited_with_its_uninstalled_features_kept_and_deleted_after_confirmation()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        var closure = await PhaseIdAsync(app, "Closure");

        var form = await admin.HtmlAsync($"/admin/phases/{closure}/edit");
        Assert.Contains("Integra.Results</textarea>", form, StringComparison.Ordinal);
        Assert.Matches("value=\"Integra.Cms\"[^>]*checked", form);
        Assert.Contains($"value=\"{ReportsExport}\"", form, StringComparison.Ordinal);

        var errors = await admin.PostAndReadAsync($"/admin/phases/{closure}/edit", ("Name", "Inception"), ("Order", "5"), ("OtherFeatures", "Integra.Cms bad/id"));
        Assert.Contains("There is already a phase with this name.", errors, StringComparison.Ordinal);
        Assert.Contains("“bad/id” is not a feature id", errors, StringComparison.Ordinal);

        var list = await admin.PostAndFollowAsync($"/admin/phases/{closure}/edit",
            ("Name", "Closure and archive"), ("Order", "5"), ("Features", Reports), ("OtherFeatures", "Integra.Cms\nIntegra.Results\nIntegra.Archive"));
        Assert.Contains("Saved the phase “Closure and archive”.", list, StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var phase = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Phases.SingleAsync(p => p.Id == closure, TestContext.Current.CancellationToken);
            Assert.Equal("Closure and archive", phase.Name);
            Assert.Equal([Reports, "Integra.Cms", "Integra.Results", "Integra.Archive"], phase.FeatureIds);
        }

        var question = await admin.PageAsync($"/admin/phases/{closure}/delete");
        Assert.Contains("Delete the phase “Closure and archive”?", question, StringComparison.Ordinal);
        var after = await admin.PostAndFollowAsync($"/admin/phases/{closure}/delete");
        Assert.Contains("Deleted the phase “Closure and archive”.", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync($"/admin/phases/{closure}/edit"));
    }

    /// <summary>
    /// Features that are on after a fresh install and that later default phases name (component 2's module and the
    /// engine it needs) would be switched off by the test phases too; the test starts without them, as in the
    /// Inception phase, so that its changes are the only ones.
    /// </summary>
    private static async Task StartInInceptionAsync(IntegraAppFactory app)
    {
        var inception = await PhaseIdAsync(app, "Inception");
        await using var scope = app.Services.CreateAsyncScope();
        var phases = scope.ServiceProvider.GetRequiredService<PhaseService>();
        var plan = await phases.PlanAsync((await phases.ListAsync(TestContext.Current.CancellationToken)).Single(p => p.Id == inception), TestContext.Current.CancellationToken);
        await app.DisableFeaturesAsync(plan.ToDisable.Select(f => f.Id), TestContext.Current.CancellationToken);
    }

    private static async Task<int> PhaseIdAsync(IntegraAppFactory app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Phases.Where(p => p.Name == name).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SqlitePhasesScreenTests() : PhasesScreenTests("Sqlite");

public sealed class PostgresPhasesScreenTests() : PhasesScreenTests("Postgres");
