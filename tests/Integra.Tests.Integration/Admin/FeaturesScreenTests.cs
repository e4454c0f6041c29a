using System.Net;
using Integra.Testing;
using static Integra.Tests.Integration.Admin.ReportsFixtureModule;

namespace Integra.Tests.Integration.Admin;

public abstract class FeaturesScreenTests(string provider)
{
    [Fact]
    public async Task Enabling_a_feature_with_a_dependency_enables_both_and_both_show_in_the_audit_log()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/test-fixture/reports/export"));

        await admin.PageAsync("/admin/features");
        var page = await admin.PostAndFollowAsync("/admin/features/enable", ("id", ReportsExport));

        Assert.Contains("Enabled Test report export, together with the features it needs: Test reports.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await admin.StatusAsync("/test-fixture/reports/export"));
        Assert.Equal(HttpStatusCode.OK, await admin.StatusAsync("/test-fixture/reports"));
        var audit = await admin.PageAsync("/admin/audit?action=Feature+enabled");
        Assert.Contains($"{IntegraAppFactory.AdminEmail} Features Feature enabled {Reports} ", audit, StringComparison.Ordinal);
        Assert.Contains($"{IntegraAppFactory.AdminEmail} Features Feature enabled {ReportsExport} ", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_a_feature_with_enabled_dependents_asks_first_and_names_them()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        await admin.PageAsync("/admin/features");
        await admin.PostAndFollowAsync("/admin/features/enable", ("id", ReportsExport));

        var confirmation = await admin.PostAndReadAsync("/admin/features/disable", ("id", Reports));
        Assert.Contains("Disable Test reports?", confirmation, StringComparison.Ordinal);
        Assert.Contains($"These enabled features need Test reports and will be disabled with it: Test report export {ReportsExport}", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await admin.StatusAsync("/test-fixture/reports"));

        var page = await admin.PostAndFollowAsync("/admin/features/disable", ("id", Reports), ("confirmed", ReportsExport));

        Assert.Contains("Disabled Test reports, together with the features that depend on it: Test report export.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/test-fixture/reports"));
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/test-fixture/reports/export"));
        var audit = await admin.PageAsync("/admin/audit?action=disabled");
        Assert.Contains($"Feature disabled {Reports} ", audit, StringComparison.Ordinal);
        Assert.Contains($"Feature disabled {ReportsExport} ", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feature_nothing_depends_on_is_disabled_without_a_question()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        await admin.PageAsync("/admin/features");
        await admin.PostAndFollowAsync("/admin/features/enable", ("id", ReportsExport));

        var page = await admin.PostAndFollowAsync("/admin/features/disable", ("id", ReportsExport));

        Assert.Contains("Disabled Test report export.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await admin.StatusAsync("/test-fixture/reports/export"));
        Assert.Equal(HttpStatusCode.OK, await admin.StatusAsync("/test-fixture/reports"));
    }

    [Fact]
    public async Task A_refused_change_is_explained_in_the_staff_members_language()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail, "sq");
        await admin.PageAsync("/admin/features");
        await admin.PostAndFollowAsync("/admin/features/enable", ("id", Reports));

        // The screen offers no Disable button for a platform feature; a forged or stale form is refused all the same.
        var page = await admin.PostAndFollowAsync("/admin/features/disable", ("id", "Integra.Admin"));

        Assert.Contains("„Administrimi” është pjesë e platformës dhe nuk mund të çaktivizohet.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await admin.StatusAsync("/admin/features"));
    }

    [Fact]
    public async Task The_features_screen_groups_by_category_and_searches_on_the_server()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        var all = await admin.PageAsync("/admin/features");
        Assert.Contains("Test fixtures", all, StringComparison.Ordinal);
        Assert.Contains("Platform", all, StringComparison.Ordinal);
        Assert.Contains("Always on", all, StringComparison.Ordinal);
        Assert.Contains("Needed by: Test report export", all, StringComparison.Ordinal);

        var found = await admin.PageAsync("/admin/features?q=report+export");
        Assert.Contains("Features matching “report export”: 1", found, StringComparison.Ordinal);
        Assert.Contains(ReportsExport, found, StringComparison.Ordinal);
        Assert.Contains("Needs: Test reports", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Integra.Users", found, StringComparison.Ordinal);
    }
}

public sealed class SqliteFeaturesScreenTests() : FeaturesScreenTests("Sqlite");

public sealed class PostgresFeaturesScreenTests() : FeaturesScreenTests("Postgres");
