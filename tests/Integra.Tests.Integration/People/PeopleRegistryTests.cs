using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeoplePermissions = Integra.People.Permissions;

namespace Integra.Tests.Integration.People;

public abstract partial class PeopleRegistryTests(string provider)
{
    private static readonly DateOnly BirthDate = new(1994, 3, 12);

    [Fact]
    public async Task Duplicates_are_flagged_by_personal_number_and_by_name_birth_date_and_municipality_whatever_the_diacritics_case_or_script()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);

        var arber = await people.RecordAsync(new PersonDetails("Arbër", "Krasniqi", BirthDate, Sexes.Male, "malisheva"));
        var arberAgain = await people.RecordAsync(new PersonDetails("ARBER", "KRASNIQI", BirthDate, Sexes.Male, "malisheva"));
        var otherMunicipality = await people.RecordAsync(new PersonDetails("Arber", "Krasniqi", BirthDate, Sexes.Male, "prizren"));
        var djordje = await people.RecordAsync(new PersonDetails("Ђорђе", "Јовановић", BirthDate, Sexes.Male, "gracanica"));
        var djordjeLatin = await people.RecordAsync(new PersonDetails("Djordje", "Jovanovic", BirthDate, Sexes.Male, "gracanica"));

        // Two records with one personal number can only come from before the check (an import, a race): the rescan finds them.
        var (first, second) = await people.WithAsync(async s =>
        {
            var db = s.GetRequiredService<PeopleDbContext>();
            var a = new Person { FirstName = "Vjosa", LastName = "Berisha", PersonalNumber = "1234567890", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            var b = new Person { FirstName = "Vjosë", LastName = "Gashi", PersonalNumber = "1234567890", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            db.People.AddRange(a, b);
            await db.SaveChangesAsync(cancellationToken);
            return (a, b);
        });
        using var officer = await people.App.CreateSignedInClientAsync(PeopleApp.OfficerEmail);
        using var rescan = await officer.SubmitFormAsync("/admin/people/duplicates", "/admin/people/duplicates/rescan", [], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, rescan.StatusCode);

        var flags = await people.WithAsync(s => s.GetRequiredService<PeopleDbContext>().DuplicateFlags.AsNoTracking().ToListAsync(cancellationToken));
        Assert.Equal(3, flags.Count);
        Assert.Contains(flags, f => f.PersonId == arber.Id && f.OtherPersonId == arberAgain.Id && f.Reason == DuplicateReasons.NameBirthDateMunicipality);
        Assert.Contains(flags, f => f.PersonId == djordje.Id && f.OtherPersonId == djordjeLatin.Id && f.Reason == DuplicateReasons.NameBirthDateMunicipality);
        Assert.Contains(flags, f => f.PersonId == first.Id && f.OtherPersonId == second.Id && f.Reason == DuplicateReasons.PersonalNumber);
        Assert.DoesNotContain(flags, f => f.PersonId == otherMunicipality.Id || f.OtherPersonId == otherMunicipality.Id);
        Assert.All(flags, f => Assert.Equal(DuplicateStatus.Open, f.Status));

        using var list = await officer.GetAsync("/admin/people/duplicates", cancellationToken);
        var page = await list.ReadPageAsync(cancellationToken);
        Assert.Contains("I njëjti numër personal", page, StringComparison.Ordinal);
        Assert.Contains("I njëjti emër, datë lindjeje dhe komunë", page, StringComparison.Ordinal);

        // The registry's search folds names the same way, on either database.
        foreach (var (query, count, shown) in new[]
        {
            ("arber", 3, "ARBER KRASNIQI"),
            ("Arbër krasniqi", 3, "Arbër Krasniqi"),
            ("Ђорђе", 2, "Djordje Jovanovic"),
            ("1234567890", 2, "Vjosë Gashi"),
            ("vjos", 2, "Vjosa Berisha"),
        })
        {
            using var search = await officer.GetAsync($"/admin/people?q={Uri.EscapeDataString(query)}", cancellationToken);
            var found = await search.ReadPageAsync(cancellationToken);
            Assert.Contains($"Persona të gjetur: {count}", found, StringComparison.Ordinal);
            Assert.Contains(shown, found, StringComparison.Ordinal);
        }

        using var filtered = await officer.GetAsync("/admin/people?q=arber&municipality=prizren&sex=M", cancellationToken);
        Assert.Contains("Persona të gjetur: 1", await filtered.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        // A second rescan raises nothing new.
        using var again = await officer.SubmitFormAsync("/admin/people/duplicates", "/admin/people/duplicates/rescan", [], cancellationToken);
        Assert.Equal(3, await people.WithAsync(s => s.GetRequiredService<PeopleDbContext>().DuplicateFlags.CountAsync(cancellationToken)));
    }

    [Fact]
    public async Task Merging_two_records_moves_the_applications_to_the_survivor_and_the_person_counts_once()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        var (call, form, _) = await people.CreateCallAsync(0);
        var survivor = await people.RecordAsync(new PersonDetails("Drita", "Hoxha", BirthDate, Sexes.Female, "malisheva") { Phone = "+38344111222" });
        var other = await people.RecordAsync(new PersonDetails("Drita", "Hoxha", BirthDate, Sexes.Female, "malisheva") { Email = "drita@example.test" });
        var first = await people.CreateApplicationAsync(call, form, survivor.Id, null, "C2-1-0001", new { firstName = "Drita" });
        var second = await people.CreateApplicationAsync(call, form, other.Id, null, "C2-1-0002", new { firstName = "Drita" });
        var before = await people.WithAsync(s => s.GetRequiredService<IPersonRegistry>().ActivePeople.CountAsync(cancellationToken));
        Assert.Equal(2, await people.WithAsync(s => s.GetRequiredService<IPersonRegistry>().CountPeopleAsync([survivor.Id, other.Id], cancellationToken)));

        using var officer = await people.App.CreateSignedInClientAsync(PeopleApp.OfficerEmail);
        var flagId = await people.WithAsync(s => s.GetRequiredService<PeopleDbContext>().DuplicateFlags.Where(f => f.PersonId == survivor.Id).Select(f => f.Id).SingleAsync(cancellationToken));
        using var merged = await officer.SubmitFormAsync($"/admin/people/duplicates/{flagId}", $"/admin/people/duplicates/{flagId}/merge", [("survivor", survivor.Id.ToString())], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal($"/admin/people/{survivor.Id}", merged.RedirectTarget());

        Assert.Equal(survivor.Id, (await people.ApplicationAsync(first.Id)).PersonId);
        Assert.Equal(survivor.Id, (await people.ApplicationAsync(second.Id)).PersonId);
        var kept = (await people.PersonAsync(survivor.Id))!;
        Assert.Null(kept.MergedIntoId);
        Assert.Equal("drita@example.test", kept.Email);
        Assert.Equal(survivor.Id, (await people.PersonAsync(other.Id))!.MergedIntoId);
        Assert.Equal(before - 1, await people.WithAsync(s => s.GetRequiredService<IPersonRegistry>().ActivePeople.CountAsync(cancellationToken)));
        Assert.Equal(1, await people.WithAsync(s => s.GetRequiredService<IPersonRegistry>().CountPeopleAsync([survivor.Id, other.Id], cancellationToken)));

        using var personPage = await officer.GetAsync($"/admin/people/{survivor.Id}", cancellationToken);
        var page = await personPage.ReadPageAsync(cancellationToken);
        Assert.Contains("C2-1-0001", page, StringComparison.Ordinal);
        Assert.Contains("C2-1-0002", page, StringComparison.Ordinal);
        Assert.Contains("Aplikim · Komponenti 2", page, StringComparison.Ordinal);
        Assert.Contains(await people.AuditAsync(), a => a.Action == "People merged" && a.UserName == PeopleApp.OfficerEmail);
        Assert.Equal(DuplicateStatus.Merged, await people.WithAsync(s => s.GetRequiredService<PeopleDbContext>().DuplicateFlags.Where(f => f.Id == flagId).Select(f => f.Status).SingleAsync(cancellationToken)));
    }

    [Fact]
    public async Task Staff_without_ViewSensitivePersonalData_see_sensitive_fields_masked_and_a_reading_by_staff_with_it_is_logged()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        await people.App.CreateUserAsync("official@integra.test", PeopleApp.Password, Roles.MunicipalOfficial);
        await people.GrantAsync(Roles.MunicipalOfficial, PeoplePermissions.ViewPeople);
        var person = await people.RecordAsync(new PersonDetails("Besa", "Morina", BirthDate, Sexes.Female, "klina") { PersonalNumber = "1098765432", ReturnStatus = ReturnStatuses.Returnee, Ethnicity = "ashkali" });

        using var official = await people.App.CreateSignedInClientAsync("official@integra.test");
        using var masked = await official.GetAsync($"/admin/people/{person.Id}", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, masked.StatusCode);
        var maskedPage = await masked.ReadPageAsync(cancellationToken);
        Assert.Contains("Besa", maskedPage, StringComparison.Ordinal);
        Assert.Contains(ISensitiveDataLog.Masked, maskedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("1098765432", maskedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ashkali", maskedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("I kthyer", maskedPage, StringComparison.Ordinal);
        using var logForbidden = await official.GetAsync("/admin/people/access-log", cancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, logForbidden.StatusCode);

        using var officer = await people.App.CreateSignedInClientAsync(PeopleApp.OfficerEmail);
        using var shown = await officer.GetAsync($"/admin/people/{person.Id}", cancellationToken);
        var shownPage = await shown.ReadPageAsync(cancellationToken);
        Assert.Contains("1098765432", shownPage, StringComparison.Ordinal);
        Assert.Contains("I kthyer", shownPage, StringComparison.Ordinal);
        Assert.Contains("ashkali", shownPage, StringComparison.Ordinal);

        var log = await people.WithAsync(s => s.GetRequiredService<PeopleDbContext>().SensitiveDataAccesses.AsNoTracking().ToListAsync(cancellationToken));
        var entry = Assert.Single(log);
        Assert.Equal(PeopleApp.OfficerEmail, entry.UserName);
        Assert.Equal(person.Id, entry.PersonId);
        Assert.Equal($"/admin/people/{person.Id}", entry.Location);
        Assert.Equal(["personal-number", "return-status", "ethnicity"], entry.Fields.Split(','));

        using var logPage = await officer.GetAsync($"/admin/people/access-log?person={person.Id}", cancellationToken);
        var logText = await logPage.ReadPageAsync(cancellationToken);
        Assert.Contains(PeopleApp.OfficerEmail, logText, StringComparison.Ordinal);
        Assert.Contains("Numri personal, Statusi i kthimit, Përkatësia etnike", logText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_downloads_a_ZIP_with_their_own_data_and_nothing_of_another_applicant()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        var (call, form, _) = await people.CreateCallAsync(0);
        var aUser = await people.App.CreateUserAsync("a@integra.test", PeopleApp.Password, Roles.Applicant);
        var bUser = await people.App.CreateUserAsync("b@integra.test", PeopleApp.Password, Roles.Applicant);
        var a = await people.RecordAsync(new PersonDetails("Albana", "Shala", BirthDate, Sexes.Female, "drenas") { UserId = aUser.Id, PersonalNumber = "1111111111" });
        var b = await people.RecordAsync(new PersonDetails("Blerim", "Kastrati", BirthDate, Sexes.Male, "istog") { UserId = bUser.Id, PersonalNumber = "2222222222" });
        await people.CreateApplicationAsync(call, form, a.Id, aUser.Id, "C2-1-0010", new { firstName = "Albana", idea = "Bakery in Drenas" });
        await people.CreateApplicationAsync(call, form, b.Id, bUser.Id, "C2-1-0011", new { firstName = "Blerim", idea = "Carpentry in Istog" });

        using var visitor = people.App.CreateBrowserlikeClient();
        using var signedOut = await visitor.GetAsync("/sq/account/my-data", cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/account/login", signedOut.RedirectTarget(), StringComparison.Ordinal);

        using var applicant = await people.App.CreateSignedInClientAsync("a@integra.test");
        using var page = await applicant.GetAsync("/sq/account/my-data", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Shkarko të dhënat e mia (ZIP)", await page.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var download = await applicant.GetAsync("/sq/account/my-data/download", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        await using var stream = await download.Content.ReadAsStreamAsync(cancellationToken);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var entries = zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        Assert.Equal(["applications/C2-1-0010.json", "person.json"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("\"Albana\"", entries["person.json"], StringComparison.Ordinal);
        Assert.Contains("1111111111", entries["person.json"], StringComparison.Ordinal);
        Assert.Contains("Bakery in Drenas", entries["applications/C2-1-0010.json"], StringComparison.Ordinal);
        var everything = string.Concat(entries.Values);
        Assert.DoesNotContain("Blerim", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("2222222222", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Carpentry", everything, StringComparison.Ordinal);
        Assert.Contains(await people.AuditAsync(), e => e.Action == "Personal data downloaded" && e.UserName == "a@integra.test");
    }

    [Fact]
    public async Task An_approved_erasure_leaves_no_name_or_personal_number_but_keeps_the_statistics()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        var (call, form, _) = await people.CreateCallAsync(0);
        var user = await people.App.CreateUserAsync("erase@integra.test", PeopleApp.Password, Roles.Applicant);
        var person = await people.RecordAsync(new PersonDetails("Lirije", "Bytyqi", BirthDate, Sexes.Female, "rahovec")
        {
            UserId = user.Id,
            PersonalNumber = "3333333333",
            Phone = "+38349000111",
            Email = "erase@integra.test",
            ReturnStatus = ReturnStatuses.Returnee,
            Ethnicity = "roma",
            Disability = true,
        });
        var application = await people.CreateApplicationAsync(call, form, person.Id, user.Id, "C2-1-0020",
            new { firstName = "Lirije", lastName = "Bytyqi", personalNumber = "3333333333", sex = "F", municipality = "rahovec", idea = "Tailoring" });
        var activeBefore = await people.WithAsync(s => s.GetRequiredService<IPersonRegistry>().ActivePeople.CountAsync(p => p.Sex == Sexes.Female && p.Municipality == "rahovec", cancellationToken));

        using var applicant = await people.App.CreateSignedInClientAsync("erase@integra.test");
        using var asked = await applicant.SubmitFormAsync("/sq/account/my-data", "/sq/account/my-data/erasure", [("Reason", "I moved abroad and no longer take part.")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        using var waiting = await applicant.GetAsync("/sq/account/my-data", cancellationToken);
        Assert.Contains("pret vendim", await waiting.ReadPageAsync(cancellationToken), StringComparison.Ordinal);

        using var officer = await people.App.CreateSignedInClientAsync(PeopleApp.OfficerEmail);
        using var list = await officer.GetAsync("/admin/people/requests", cancellationToken);
        var requestId = RequestLink().Match(await list.ReadPageAsync(cancellationToken)).Groups["id"].Value;
        using var refusedWithoutReason = await officer.SubmitFormAsync($"/admin/people/requests/{requestId}", $"/admin/people/requests/{requestId}/approve", [("DecisionReason", "")], cancellationToken);
        Assert.Equal(HttpStatusCode.OK, refusedWithoutReason.StatusCode);
        Assert.Contains("Jepni arsyen e vendimit.", await refusedWithoutReason.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
        Assert.Equal("Lirije", (await people.PersonAsync(person.Id))!.FirstName);

        using var approved = await officer.SubmitFormAsync($"/admin/people/requests/{requestId}", $"/admin/people/requests/{requestId}/approve", [("DecisionReason", "No application is being decided.")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var erased = (await people.PersonAsync(person.Id))!;
        Assert.Null(erased.FirstName);
        Assert.Null(erased.LastName);
        Assert.Null(erased.PersonalNumber);
        Assert.Null(erased.Phone);
        Assert.Null(erased.Email);
        Assert.Null(erased.Ethnicity);
        Assert.Null(erased.Disability);
        Assert.Null(erased.UserId);
        Assert.NotNull(erased.AnonymisedUtc);
        Assert.Null(await people.WithAsync(s => s.GetRequiredService<UserManager<IntegraUser>>().FindByEmailAsync("erase@integra.test")));
        Assert.Equal(Sexes.Female, erased.Sex);
        Assert.Equal("rahovec", erased.Municipality);
        Assert.Equal(ReturnStatuses.Returnee, erased.ReturnStatus);
        Assert.Equal(1994, erased.BirthDate?.Year);

        var app = await people.ApplicationAsync(application.Id);
        Assert.DoesNotContain("Lirije", app.AnswersJson, StringComparison.Ordinal);
        Assert.DoesNotContain("3333333333", app.AnswersJson, StringComparison.Ordinal);
        Assert.Contains("rahovec", app.AnswersJson, StringComparison.Ordinal);
        Assert.Contains("Tailoring", app.AnswersJson, StringComparison.Ordinal);
        Assert.Equal(Integra.Applications.ApplicationStatus.Submitted, app.Status);
        Assert.Equal(71.5m, app.FinalScore);
        Assert.Null(app.ApplicantUserId);
        var submission = await people.WithAsync(s => s.GetRequiredService<Integra.Applications.Data.ApplicationsDbContext>().Submissions.AsNoTracking().SingleAsync(x => x.ApplicationId == application.Id, cancellationToken));
        Assert.DoesNotContain("3333333333", submission.AnswersJson, StringComparison.Ordinal);

        Assert.Equal(activeBefore, await people.WithAsync(s => s.GetRequiredService<IPersonRegistry>().ActivePeople.CountAsync(p => p.Sex == Sexes.Female && p.Municipality == "rahovec", cancellationToken)));
        var audit = await people.AuditAsync();
        Assert.Contains(audit, e => e.Action == "Erasure requested" && e.UserName == "erase@integra.test");
        Assert.Contains(audit, e => e.Action == "Erasure approved" && e.UserName == PeopleApp.OfficerEmail && e.Details == "No application is being decided.");
    }

    [Fact]
    public async Task Staff_download_the_data_of_an_assisted_applicant_without_an_account_and_record_their_erasure_request()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        var (call, form, _) = await people.CreateCallAsync(0);
        var person = await people.RecordAsync(new PersonDetails("Shpresa", "Avdiu", BirthDate, Sexes.Female, "vushtrri") { PersonalNumber = "6666666666" });
        var application = await people.CreateApplicationAsync(call, form, person.Id, null, "C2-1-0040", new { firstName = "Shpresa", personalNumber = "6666666666", idea = "Beekeeping" });

        using var officer = await people.App.CreateSignedInClientAsync(PeopleApp.OfficerEmail);
        using var download = await officer.GetAsync($"/admin/people/{person.Id}/data", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        await using (var stream = await download.Content.ReadAsStreamAsync(cancellationToken))
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            Assert.Equal(["applications/C2-1-0040.json", "person.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            Assert.Contains("Shpresa", new StreamReader(zip.GetEntry("person.json")!.Open()).ReadToEnd(), StringComparison.Ordinal);
        }

        using var recorded = await officer.SubmitFormAsync($"/admin/people/{person.Id}", $"/admin/people/{person.Id}/erasure-request", [("reason", "Asked at the municipal office on 3 March.")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var requestUrl = recorded.RedirectTarget()!;
        Assert.StartsWith("/admin/people/requests/", requestUrl, StringComparison.Ordinal);
        using var approved = await officer.SubmitFormAsync(requestUrl, requestUrl + "/approve", [("DecisionReason", "The person asked in person.")], cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var erased = (await people.PersonAsync(person.Id))!;
        Assert.Null(erased.FirstName);
        Assert.Null(erased.PersonalNumber);
        Assert.DoesNotContain("6666666666", (await people.ApplicationAsync(application.Id)).AnswersJson, StringComparison.Ordinal);
        Assert.Contains(await people.AuditAsync(), e => e.Action == "Personal data downloaded" && e.UserName == PeopleApp.OfficerEmail);
    }

    [Fact]
    public async Task After_a_calls_retention_period_the_job_anonymises_its_applicants_but_not_those_of_a_call_still_within_retention()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        var now = DateTime.UtcNow;
        // Retention ends ten days from now for the first call, and far in the future for the second.
        var (expiring, expiringForm, closes) = await people.CreateCallAsync(0);
        var retentionDays = (int)Math.Ceiling((now - closes).TotalDays) + 10;
        await people.WithAsync(s => s.GetRequiredService<Integra.Applications.Data.ApplicationsDbContext>().Calls
            .Where(c => c.Id == expiring.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.RetentionDays, retentionDays), cancellationToken));
        var (lasting, lastingForm, _) = await people.CreateCallAsync(1, 100_000);

        var gone = await people.RecordAsync(new PersonDetails("Fatmire", "Rexhepi", BirthDate, Sexes.Female, "lipjan") { PersonalNumber = "4444444444" });
        var both = await people.RecordAsync(new PersonDetails("Gentiana", "Zeqiri", BirthDate, Sexes.Female, "lipjan") { PersonalNumber = "5555555555" });
        var expiringApplication = await people.CreateApplicationAsync(expiring, expiringForm, gone.Id, null, "C2-1-0030", new { firstName = "Fatmire", personalNumber = "4444444444", municipality = "lipjan" });
        await people.CreateApplicationAsync(expiring, expiringForm, both.Id, null, "C2-1-0031", new { firstName = "Gentiana", municipality = "lipjan" });
        await people.CreateApplicationAsync(lasting, lastingForm, both.Id, null, "C2-2-0001", new { firstName = "Gentiana", municipality = "lipjan" });

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        Assert.Equal("Fatmire", (await people.PersonAsync(gone.Id))!.FirstName);

        people.Clock.Advance(TimeSpan.FromDays(11));
        await Poll.UntilAsync(async () => (await people.PersonAsync(gone.Id))!.AnonymisedUtc is not null, TimeSpan.FromSeconds(30), "the retention job", cancellationToken);

        var anonymised = (await people.PersonAsync(gone.Id))!;
        Assert.Null(anonymised.FirstName);
        Assert.Null(anonymised.PersonalNumber);
        Assert.Equal("lipjan", anonymised.Municipality);
        Assert.Equal(Sexes.Female, anonymised.Sex);
        var application = await people.ApplicationAsync(expiringApplication.Id);
        Assert.NotNull(application.AnonymisedUtc);
        Assert.DoesNotContain("4444444444", application.AnswersJson, StringComparison.Ordinal);
        Assert.Contains("lipjan", application.AnswersJson, StringComparison.Ordinal);

        var kept = (await people.PersonAsync(both.Id))!;
        Assert.Equal("Gentiana", kept.FirstName);
        Assert.Equal("5555555555", kept.PersonalNumber);
        Assert.Null(kept.AnonymisedUtc);

        // The job writes its audit entry after the anonymisation it reports.
        await Poll.UntilAsync(async () => (await people.AuditAsync()).Any(e => e.Action == "Personal data anonymised after retention"), TimeSpan.FromSeconds(30), "the retention audit entry", cancellationToken);
    }

    [Fact]
    public async Task The_privacy_notice_is_public_in_every_language_and_the_registry_screens_need_their_permissions()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var people = await PeopleApp.StartAsync(provider);
        using var visitor = people.App.CreateBrowserlikeClient();
        foreach (var (culture, title) in new[] { ("sq", "Njoftimi për privatësinë"), ("en", "Privacy notice"), ("sr-Latn", "Obaveštenje o privatnosti"), ("sr-Cyrl", "Обавештење о приватности") })
        {
            using var response = await visitor.GetAsync($"/{culture}/privacy", cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(title, await response.ReadPageAsync(cancellationToken), StringComparison.Ordinal);
        }

        await people.App.CreateUserAsync("applicant@integra.test", PeopleApp.Password, Roles.Applicant);
        using var applicant = await people.App.CreateSignedInClientAsync("applicant@integra.test");
        foreach (var url in new[] { "/admin/people", "/admin/people/duplicates", "/admin/people/requests", "/admin/people/access-log" })
        {
            using var response = await applicant.GetAsync(url, cancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var officer = await people.App.CreateSignedInClientAsync(PeopleApp.OfficerEmail);
        foreach (var url in new[] { "/admin/people", "/admin/people/duplicates", "/admin/people/requests", "/admin/people/access-log" })
        {
            using var response = await officer.GetAsync(url, cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [GeneratedRegex("href=\"/admin/people/requests/(?<id>\\d+)\"")]
    private static partial Regex RequestLink();
}

public sealed class SqlitePeopleRegistryTests() : PeopleRegistryTests("Sqlite");

public sealed class PostgresPeopleRegistryTests() : PeopleRegistryTests("Postgres");
