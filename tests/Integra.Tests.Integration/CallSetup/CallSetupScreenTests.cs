using System.Net;
using System.Text.RegularExpressions;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.Testing;
using Integra.Tests.Integration.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.CallSetup;

public sealed class SqliteCallSetupScreenTests() : CallSetupScreenTests("Sqlite");

public sealed class PostgresCallSetupScreenTests() : CallSetupScreenTests("Postgres");

/// <summary>Staff set up a call and build its form in the admin; what they save is what applicants get.</summary>
public abstract partial class CallSetupScreenTests(string provider) : IAsyncLifetime
{
    private CallSetupApp _app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _app = await CallSetupApp.StartAsync(provider);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_setup_screen_saves_the_rules_raises_the_consent_version_and_refuses_a_save_based_on_an_older_revision()
    {
        var setup = await _app.SetupAsync(CallSetupApp.OpenCallSlug);
        using var admin = await AdminClient.SignInAsync(_app.App, IntegraAppFactory.AdminEmail);
        var url = $"/admin/applications/calls/{setup.Id}/setup";

        var list = await admin.PageAsync("/admin/applications/calls");
        Assert.Contains("Example: Call for business grants – second call (component 2)", list);
        var page = await admin.HtmlAsync(url);
        var revision = Revision(page);

        var invalid = await admin.PostAndReadAsync(url, Fields(revision, menMin: "40", appealDays: "8"));
        Assert.Contains("The lowest age for men (40) is above the highest (35).", invalid);

        await admin.HtmlAsync(url);
        var saved = await admin.PostAndFollowAsync(url, Fields(revision, menMin: "18", appealDays: "8"));
        Assert.Contains("The call's setup is saved. The consent text changed: applicants now agree to version 2.", saved);

        await admin.HtmlAsync(url);
        var conflict = await admin.PostAndReadAsync(url, Fields(revision, menMin: "18", appealDays: "20"));
        Assert.Contains("Someone else saved this call's setup after you opened it. Nothing was overwritten", conflict);

        await using var scope = _app.App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Calls.AsNoTracking().SingleAsync(c => c.Id == setup.Id, Cancel);
        Assert.Equal(8, stored.AppealDays);
        Assert.Equal(2, stored.ConsentVersion);
        Assert.Equal(new AgeRange(18, 35), stored.Eligibility().AgeBySex["M"]);
        Assert.Equal(new AgeRange(18, 65), stored.Eligibility().AgeBySex["F"]);
        Assert.Equal(["malisheva", "prizren"], stored.Eligibility().Municipalities);
        Assert.Equal(5, stored.Places()["malisheva"]);
        Assert.Equal("Pajtohem që të dhënat e mia të përdoren për këtë thirrje.", stored.Consent()["sq"]);
    }

    [Fact]
    public async Task A_field_added_before_the_call_opens_changes_the_form_in_place_and_after_it_opens_makes_a_new_version()
    {
        var upcoming = await _app.SetupAsync(CallSetupApp.UpcomingCallSlug);
        var open = await _app.SetupAsync(CallSetupApp.OpenCallSlug);
        using var admin = await AdminClient.SignInAsync(_app.App, IntegraAppFactory.AdminEmail);

        var before = await admin.PageAsync($"/admin/applications/calls/{upcoming.Id}/form");
        Assert.Contains("Version 1 of the form. The call is not open yet", before);
        var inPlace = await AddSectorFieldAsync(admin, upcoming.Id);
        Assert.Contains("The form is saved (version 1).", inPlace);
        Assert.Contains("business-sector", inPlace);

        var openPage = await admin.PageAsync($"/admin/applications/calls/{open.Id}/form");
        Assert.Contains("Version 1 of this form is frozen: its call has opened.", openPage);
        var newVersion = await AddSectorFieldAsync(admin, open.Id);
        Assert.Contains("Saved as version 2 of the form, for new applications. Applications already started keep version 1.", newVersion);

        await using var scope = _app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var upcomingForms = await db.FormVersions.AsNoTracking().Where(f => f.CallSetupId == upcoming.Id).ToListAsync(Cancel);
        var sector = Assert.Single(upcomingForms, f => f.Version == 1);
        Assert.Single(upcomingForms);
        Assert.Null(sector.FrozenUtc);
        Assert.Equal(["farm", "shop"], FormSchema.FromJson(sector.SchemaJson).Fields.Single(f => f.Key == "business-sector").Options.Select(o => o.Value));
        var openForms = await db.FormVersions.AsNoTracking().Where(f => f.CallSetupId == open.Id).OrderBy(f => f.Version).ToListAsync(Cancel);
        Assert.Equal([1, 2], openForms.Select(f => f.Version));
        Assert.NotNull(openForms[0].FrozenUtc);
        Assert.DoesNotContain(FormSchema.FromJson(openForms[0].SchemaJson).Fields, f => f.Key == "business-sector");
        Assert.Contains(FormSchema.FromJson(openForms[1].SchemaJson).Fields, f => f.Key == "business-sector");
    }

    [Fact]
    public async Task The_form_builder_refuses_a_choice_without_options_a_rule_on_a_later_field_a_broken_pattern_and_a_stale_page()
    {
        var upcoming = await _app.SetupAsync(CallSetupApp.UpcomingCallSlug);
        using var admin = await AdminClient.SignInAsync(_app.App, IntegraAppFactory.AdminEmail);
        var url = $"/admin/applications/calls/{upcoming.Id}/form/steps/about-you/fields/new";
        var revision = Revision(await admin.HtmlAsync(url));

        var refused = await admin.PostAndReadAsync(url,
            ("Revision", revision), ("Key", "sector"), ("Kind", "Choice"), ("LabelSq", "Sektori"), ("Options", ""),
            ("VisibleWhenField", "plan"), ("VisibleWhenValues", "yes"), ("Pattern", "[a-"), ("MaxFiles", "1"), ("Person", "None"));
        Assert.Contains("The field \"sector\" is a choice: give it at least two options.", refused);
        Assert.Contains("The field \"sector\" is shown depending on \"plan\", which is not an earlier field of the form.", refused);
        Assert.Contains("The pattern of field \"sector\" is not a valid regular expression.", refused);

        await admin.HtmlAsync($"/admin/applications/calls/{upcoming.Id}/form");
        await admin.PostAndFollowAsync($"/admin/applications/calls/{upcoming.Id}/form/fields/phone/move", ("revision", revision), ("direction", "up"));
        await admin.HtmlAsync($"/admin/applications/calls/{upcoming.Id}/form");
        var stale = await admin.PostAndReadAsync($"/admin/applications/calls/{upcoming.Id}/form/fields/phone/remove", ("revision", revision));
        Assert.Contains("Someone else changed this form after you opened it. Nothing was saved", stale);

        await using var scope = _app.App.Services.CreateAsyncScope();
        var form = await scope.ServiceProvider.GetRequiredService<CallSetups>().LatestFormAsync(upcoming, Cancel);
        var keys = FormSchema.FromJson(form.SchemaJson).Steps[0].Fields.Select(f => f.Key).ToList();
        Assert.Equal(keys.IndexOf("municipality") + 1, keys.IndexOf("phone") + 2);
        Assert.Contains("phone", keys);
    }

    [Fact]
    public async Task Staff_without_the_call_setup_permission_are_refused_and_programme_officers_are_let_in()
    {
        var setup = await _app.SetupAsync(CallSetupApp.OpenCallSlug);
        await _app.App.CreateUserAsync("editor@integra.test", "Editor-Password-1!", Roles.Editor);
        await _app.App.CreateUserAsync("officer@integra.test", "Officer-Password-1!", Roles.ProgrammeOfficer);
        using var editor = await AdminClient.SignInAsync(_app.App, "editor@integra.test");
        using var officer = await AdminClient.SignInAsync(_app.App, "officer@integra.test");

        string[] screens =
        [
            "/admin/applications/calls", $"/admin/applications/calls/{setup.Id}/setup", $"/admin/applications/calls/{setup.Id}/form",
            $"/admin/applications/calls/{setup.Id}/form/preview?language=sr-Cyrl", $"/admin/applications/calls/{setup.Id}/form/steps/plans",
            $"/admin/applications/calls/{setup.Id}/form/steps/plans/fields/new", $"/admin/applications/calls/{setup.Id}/form/fields/sex",
            "/admin/applications/messages", "/admin/applications/messages/receipt/sr-Cyrl",
        ];
        foreach (var url in screens)
        {
            Assert.Equal(HttpStatusCode.Forbidden, await editor.StatusAsync(url));
            Assert.Equal(HttpStatusCode.OK, await officer.StatusAsync(url));
        }
    }

    private static async Task<string> AddSectorFieldAsync(AdminClient admin, long setupId)
    {
        var url = $"/admin/applications/calls/{setupId}/form/steps/plans/fields/new";
        var revision = Revision(await admin.HtmlAsync(url));
        return await admin.PostAndFollowAsync(url,
            ("Revision", revision), ("Key", "business-sector"), ("Kind", "Choice"), ("Required", "true"),
            ("LabelSq", "Sektori i biznesit"), ("LabelEn", "Business sector"), ("LabelSrLatn", "Sektor poslovanja"),
            ("Options", "farm | Fermë | Farm | Farma\nshop | Dyqan | Shop | Prodavnica"), ("MaxFiles", "1"), ("Person", "None"));
    }

    private static (string Name, string Value)[] Fields(string revision, string menMin, string appealDays) =>
    [
        ("Revision", revision),
        ("WomenMinAge", "18"), ("WomenMaxAge", "65"), ("MenMinAge", menMin), ("MenMaxAge", "35"),
        ("Municipalities", "malisheva"), ("Municipalities", "prizren"), ("ReturnStatuses", "returnee"),
        ("Places[malisheva]", "5"), ("Places[prizren]", ""),
        ("ConsentSq", "Pajtohem që të dhënat e mia të përdoren për këtë thirrje."), ("ConsentEn", "I agree that my data is used for this call."), ("ConsentSrLatn", ""),
        ("AppealDays", appealDays), ("RetentionDays", "1825"), ("CallType", ""),
    ];

    private static string Revision(string html) => RevisionInput().Match(html) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("The page has no revision.");

    [GeneratedRegex("name=\"Revision\" value=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionInput();
}
