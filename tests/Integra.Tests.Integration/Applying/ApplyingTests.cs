using System.Net;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Applying;

public sealed class SqliteApplyingTests() : ApplyingTests("Sqlite");

public sealed class PostgresApplyingTests() : ApplyingTests("Postgres");

/// <summary>An applicant's path from the call to the receipt, and what the engine refuses on the way.</summary>
public abstract class ApplyingTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IntegraAppFactory _app = null!;
    private string _call = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new IntegraAppFactory(_database, new Dictionary<string, string?> { ["Integra:Applications:MaxFileBytes"] = "1048576" });
        _ = _app.ServerAddress;
        _call = await Applicant.OpenCallAsync(_app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_comes_back_to_the_call()
    {
        using var client = _app.CreateBrowserlikeClient();
        using var response = await client.GetAsync($"/sq/applications/new?call={_call}", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", response.RedirectTarget(), StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"/sq/applications/new?call={_call}"), response.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_fills_the_steps_submits_and_gets_a_receipt_with_a_reference_while_one_application_per_call_is_kept()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        var first = await arta.StartAsync(_call);
        Assert.EndsWith("/steps/about-you", first, StringComparison.Ordinal);
        var page = await arta.PageAsync($"{arta.Base}/steps/about-you");
        Assert.Contains("Hapi 1 nga 3", page, StringComparison.Ordinal);
        
        await arta.FillValidAsync();
        var again = new Applicant(arta.Client, arta.Email);
        await again.StartAsync(_call);
        Assert.Equal(arta.ApplicationId, again.ApplicationId);

        var review = await arta.PageAsync($"{arta.Base}/review");
        Assert.Contains("Kontrolloni dhe dorëzoni", review, StringComparison.Ordinal);
        Assert.Contains("+38344123456", review, StringComparison.Ordinal);
        using var submitted = await arta.SubmitAsync(await arta.SubmissionKeyAsync());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var receipt = await arta.PageAsync(submitted.RedirectTarget()!);
        Assert.Contains("Aplikimi juaj është pranuar", receipt, StringComparison.Ordinal);
        Assert.Contains("C2-2-0001", receipt, StringComparison.Ordinal);
        Assert.Contains("leternjoftimi.pdf", receipt, StringComparison.Ordinal);
        Assert.Contains("Këtë vërtetim ua kemi dërguar edhe në adresën tuaj të e-mailit.", receipt, StringComparison.Ordinal);
        var mail = await _app.Mailbox.WaitForAsync("arta@example.org");
        Assert.Contains("C2-2-0001", mail.TextBody, StringComparison.Ordinal);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var application = await db.Applications.SingleAsync(Cancel);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.NotNull(application.PersonId);
        Assert.Equal("malisheva", application.Municipality);
        Assert.Single(await db.Consents.ToListAsync(Cancel));
        var status = await arta.PageAsync(arta.Base);
        Assert.Contains("Dorëzuar", status, StringComparison.Ordinal);
        Assert.Contains("Versioni 1", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_submission_key_twice_or_twenty_times_at_once_stores_one_version_with_one_reference()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        await arta.StartAsync(_call);
        await arta.FillValidAsync();
        var key = await arta.SubmissionKeyAsync();

        using (var unconsented = await arta.SubmitAsync(key, consent: false))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, unconsented.StatusCode);
        }

        using var first = await arta.SubmitAsync(key);
        using var second = await arta.SubmitAsync(key);
        Assert.Equal(first.RedirectTarget(), second.RedirectTarget());

        var other = await arta.SubmissionKeyAsync();
        var page = await arta.Client.GetStringAsync($"{arta.Base}/review", Cancel);
        var token = HtmlForms.AntiforgeryToken(page);
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            arta.Client.PostFormAsync($"{arta.Base}/review", token, [("key", other), ("consent", "yes")], Cancel)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.RedirectTarget()).Distinct());

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        Assert.Equal([1, 2], await db.Submissions.OrderBy(s => s.Version).Select(s => s.Version).ToListAsync(Cancel));
        Assert.Equal("C2-2-0001", (await db.Applications.SingleAsync(Cancel)).Reference);
        Assert.Equal(2, await db.ApplicationEvents.CountAsync(Cancel));
        Assert.Equal(2, await db.OutboxMails.CountAsync(Cancel));
        await _app.Mailbox.WaitForAsync("arta@example.org", m => m.TextBody?.Contains("C2-2-0001", StringComparison.Ordinal) == true && _app.Mailbox.To("arta@example.org").Count == 2);
    }

    [Fact]
    public async Task Fifty_applicants_submitting_at_once_get_fifty_different_references()
    {
        var applicants = new List<Applicant>();
        for (var i = 0; i < 50; i++)
        {
            var applicant = await Applicant.CreateAsync(_app, $"applicant{i}@example.org");
            await applicant.StartAsync(_call);
            applicants.Add(applicant);
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // The answers go in directly: this test is about the submissions racing, not about filling the form fifty times.
            var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
            foreach (var application in await db.Applications.ToListAsync(Cancel))
            {
                application.AnswersJson = $$"""{"first-name":"Test","last-name":"Applicant","personal-number":"{{(1000000000 + application.Id).ToString(System.Globalization.CultureInfo.InvariantCulture)}}","birth-date":"1990-01-01","sex":"M","municipality":"drenas","phone":"+38349111222","return-status":"returnee","plan":"Një plan i mjaftueshëm për një biznes të vogël.","id-card":["1"]}""";
            }

            await db.SaveChangesAsync(Cancel);
        }

        var keys = await Task.WhenAll(applicants.Select(a => a.SubmissionKeyAsync()));
        var responses = await Task.WhenAll(applicants.Select((a, i) => a.SubmitAsync(keys[i])));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        await using var check = _app.Services.CreateAsyncScope();
        var references = await check.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.Select(a => a.Reference).ToListAsync(Cancel);
        Assert.Equal(50, references.OfType<string>().Distinct().Count());
        Assert.Equal(50, await check.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Submissions.CountAsync(Cancel));

        // Every stored submission has its receipt e-mail in the outbox, and the job sends them all.
        Assert.Equal(50, await check.ServiceProvider.GetRequiredService<ApplicationsDbContext>().OutboxMails.CountAsync(Cancel));
        var outbox = check.ServiceProvider.GetRequiredService<ApplicationsDbContext>().OutboxMails;
        for (var wait = 0; wait < 60 && await outbox.AnyAsync(m => m.SentUtc == null, Cancel); wait++)
        {
            await Task.Delay(500, Cancel);
        }

        Assert.False(await outbox.AnyAsync(m => m.SentUtc == null, Cancel));
        Assert.Equal(50, applicants.Count(a => _app.Mailbox.To(a.Email).Count == 1));
    }

    [Fact]
    public async Task The_outbox_keeps_mail_waiting_or_recently_sent_and_clears_what_was_sent_a_month_ago()
    {
        var applicant = await Applicant.CreateAsync(_app, "outbox@example.org");
        await applicant.StartAsync(_call);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var applicationId = (await db.Applications.SingleAsync(Cancel)).Id;
        var now = _app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        OutboxMail Mail(string key, DateTime created, DateTime? sent, int attempts = 0) => new()
        {
            ApplicationId = applicationId,
            MessageKey = key,
            ValuesJson = "{}",
            CreatedUtc = created,
            SentUtc = sent,
            Attempts = attempts,
        };
        db.OutboxMails.AddRange(
            Mail("sent-long-ago", now.AddDays(-40), now.AddDays(-31)),
            Mail("sent-lately", now.AddDays(-29), now.AddDays(-29)),
            Mail("given-up-long-ago", now.AddDays(-31), null, OutboxMailJob.MaxAttempts),
            Mail("given-up-lately", now.AddDays(-2), null, OutboxMailJob.MaxAttempts));
        await db.SaveChangesAsync(Cancel);

        await ActivatorUtilities.CreateInstance<OutboxPruneJob>(scope.ServiceProvider).RunAsync(Cancel);

        db.ChangeTracker.Clear();
        Assert.Equal(["given-up-lately", "sent-lately"], await db.OutboxMails.Select(m => m.MessageKey).OrderBy(k => k).ToListAsync(Cancel));
    }

    [Fact]
    public async Task Applicant_A_cannot_read_or_change_B_s_application_or_files_by_changing_the_id()
    {
        var b = await Applicant.CreateAsync(_app, "b@example.org");
        await b.StartAsync(_call);
        await b.FillValidAsync();
        using (var submitted = await b.SubmitAsync(await b.SubmissionKeyAsync()))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        long fileId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            fileId = (await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Files.SingleAsync(Cancel)).Id;
        }

        var a = await Applicant.CreateAsync(_app, "a@example.org");
        using (var own = await b.Client.GetAsync($"{b.Base}/files/{fileId}", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        }

        foreach (var path in new[] { b.Base, $"{b.Base}/steps/about-you", $"{b.Base}/review", $"{b.Base}/receipt", $"{b.Base}/files/{fileId}", $"{b.Base}/withdraw" })
        {
            using var response = await a.Client.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var aPage = await a.Client.GetStringAsync("/sq/applications", Cancel);
        var token = HtmlForms.AntiforgeryToken(await a.Client.GetStringAsync("/account/manage", Cancel));
        foreach (var path in new[] { $"{b.Base}/steps/about-you", $"{b.Base}/steps/about-you/autosave", $"{b.Base}/review", $"{b.Base}/withdraw" })
        {
            using var response = await a.Client.PostFormAsync(path, token, [("a.first-name", "Changed"), ("key", "abcdefgh12345678"), ("consent", "yes")], Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.DoesNotContain("C2-2", aPage, StringComparison.Ordinal);
        await using var verify = _app.Services.CreateAsyncScope();
        var application = await verify.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.SingleAsync(Cancel);
        Assert.Contains("\"Arta\"", application.AnswersJson, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public async Task Bad_answers_and_files_get_a_clear_Albanian_message_and_nothing_of_them_is_stored()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        await arta.StartAsync(_call);

        async Task<string> Refused(HttpResponseMessage response)
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await response.ReadPageAsync(Cancel);
            }
        }

        var personal = await Refused(await arta.PostStepAsync("about-you", "next", [("personal-number", "12345"), ("phone", "12345"), ("birth-date", "2099-01-01"), ("first-name", "Arta")]));
        Assert.Contains("Numri personal: shkruani 10 shifrat e numrit personal", personal, StringComparison.Ordinal);
        Assert.Contains("Telefoni celular: shkruani një numër telefoni të Kosovës", personal, StringComparison.Ordinal);
        Assert.Contains("Data e lindjes: data e lindjes nuk mund të jetë në të ardhmen", personal, StringComparison.Ordinal);

        var tooLong = await Refused(await arta.PostStepAsync("plans", "next", [("plan", new string('a', 10_000))]));
        Assert.Contains("përgjigjja është shumë e gjatë (10000 karaktere)", tooLong, StringComparison.Ordinal);

        var wrongContent = await Refused(await arta.PostStepAsync("documents", "upload", [], ("id-card", "leternjoftimi.pdf", "this is not a PDF"u8.ToArray())));
        Assert.Contains("ky skedar nuk është dokument PDF, JPG, PNG ose Word (DOCX)", wrongContent, StringComparison.Ordinal);
        var pngNamedPdf = await Refused(await arta.PostStepAsync("documents", "upload", [], ("id-card", "foto.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])));
        Assert.Contains("përmbajtja e tij nuk përputhet me emrin", pngNamedPdf, StringComparison.Ordinal);
        var oversized = await Refused(await arta.PostStepAsync("documents", "upload", [], ("id-card", "i-madh.pdf", Applicant.Pdf(1_500_000))));
        Assert.Contains("një skedar mund të jetë së shumti 1 MB", oversized, StringComparison.Ordinal);

        using (var script = await arta.PostStepAsync("plans", "save", [("plan", "<script>alert('x')</script> Plani im është një dyqan.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, script.StatusCode);
        }

        var raw = await arta.Client.GetStringAsync($"{arta.Base}/review", Cancel);
        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", raw, StringComparison.Ordinal);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var answers = (await db.Applications.SingleAsync(Cancel)).AnswersJson;
        Assert.Contains("\"first-name\":\"Arta\"", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("personal-number", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("\"phone\"", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("birth-date", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaaaaaaaa", answers, StringComparison.Ordinal);
        Assert.Contains("<script>", System.Text.Json.JsonDocument.Parse(answers).RootElement.GetProperty("plan").GetString(), StringComparison.Ordinal);
        Assert.Empty(await db.Files.ToListAsync(Cancel));
        var stored = Path.Combine(_app.AppData, "applications");
        Assert.Empty(Directory.Exists(stored) ? Directory.GetFiles(stored, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task A_save_from_a_second_tab_on_an_older_version_is_refused_with_a_message_and_the_newer_answers_stay()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        await arta.StartAsync(_call);
        var staleTab = await arta.Client.GetStringAsync($"{arta.Base}/steps/about-you", Cancel);
        using (var first = await arta.PostStepAsync("about-you", "save", [("first-name", "Arta")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var autosave = await arta.Client.PostFormAsync($"{arta.Base}/steps/about-you/autosave", HtmlForms.AntiforgeryToken(staleTab),
            [("revision", Applicant.Revision(staleTab)), ("a.first-name", "Other tab")], Cancel);
        Assert.Equal(HttpStatusCode.Conflict, autosave.StatusCode);
        using (var body = System.Text.Json.JsonDocument.Parse(await autosave.Content.ReadAsStringAsync(Cancel)))
        {
            Assert.Contains("Ringarkoni faqen", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        using var post = await arta.Client.PostFormAsync($"{arta.Base}/steps/about-you", HtmlForms.AntiforgeryToken(staleTab),
            [("revision", Applicant.Revision(staleTab)), ("go", "next"), ("a.first-name", "Other tab")], Cancel);
        Assert.Contains("u ndryshua në një dritare tjetër", await post.ReadPageAsync(Cancel), StringComparison.Ordinal);

        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Contains("\"Arta\"", (await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.SingleAsync(Cancel)).AnswersJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_autosave_keeps_a_half_filled_draft_without_asking_for_the_required_answers()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        await arta.StartAsync(_call);
        var page = await arta.Client.GetStringAsync($"{arta.Base}/steps/plans", Cancel);

        using var autosave = await arta.Client.PostFormAsync($"{arta.Base}/steps/plans/autosave", HtmlForms.AntiforgeryToken(page),
            [("revision", Applicant.Revision(page)), ("a.experience", "Kam punuar si rrobaqepëse.")], Cancel);

        Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await autosave.Content.ReadAsStringAsync(Cancel));
        Assert.StartsWith("Ruajtur në", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Kam punuar si rrobaqepëse.", await arta.PageAsync($"{arta.Base}/steps/plans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_applicant_s_data_download_holds_the_documents_they_uploaded()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        await arta.StartAsync(_call);
        await arta.FillValidAsync();
        (await arta.SubmitAsync(await arta.SubmissionKeyAsync())).Dispose();

        using var download = await arta.Client.GetAsync("/sq/account/my-data/download", Cancel);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        await using var stream = await download.Content.ReadAsStreamAsync(Cancel);
        using var zip = new System.IO.Compression.ZipArchive(stream);
        var document = Assert.Single(zip.Entries, e => e.FullName.EndsWith("/files/leternjoftimi.pdf", StringComparison.Ordinal));
        Assert.Equal(Applicant.Pdf().Length, document.Length);
    }

    [Fact]
    public async Task An_applicant_withdraws_after_confirming_and_the_timeline_shows_it()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        await arta.StartAsync(_call);
        await arta.FillValidAsync();
        (await arta.SubmitAsync(await arta.SubmissionKeyAsync())).Dispose();

        using var withdrawn = await arta.Client.SubmitFormAsync($"{arta.Base}/withdraw", $"{arta.Base}/withdraw", [("reason", "Gjeta punë.")], Cancel);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var status = await arta.PageAsync(arta.Base);
        Assert.Contains("I tërhequr", status, StringComparison.Ordinal);
        Assert.Contains("Gjeta punë.", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_submission_the_pooled_database_contexts_each_have_a_connection_of_their_own_again()
    {
        var arta = await Applicant.CreateAsync(_app, "arta@example.org");
        await arta.StartAsync(_call);
        await arta.FillValidAsync();
        (await arta.SubmitAsync(await arta.SubmissionKeyAsync())).Dispose();

        // Lease every pooled context at once: none may hold another's connection, or two requests would share one.
        var scopes = Enumerable.Range(0, 8).Select(_ => _app.Services.CreateAsyncScope()).ToList();
        try
        {
            var connections = scopes.SelectMany(scope => new Microsoft.EntityFrameworkCore.DbContext[]
            {
                scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>(),
                scope.ServiceProvider.GetRequiredService<Integra.Core.Data.CoreDbContext>(),
                scope.ServiceProvider.GetRequiredService<Integra.People.Data.PeopleDbContext>(),
            }).Select(context => context.Database.GetDbConnection()).ToList();
            Assert.Equal(connections.Count, connections.Distinct(ReferenceEqualityComparer.Instance).Count());
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Staff_enter_an_assisted_application_with_consent_given_on_paper_and_print_its_receipt()
    {
        var officer = await Applicant.CreateAsync(_app, "officer@integra.test", Roles.ProgrammeOfficer);
        using (var started = await officer.Client.SubmitFormAsync($"/admin/applications/assisted/new?call={_call}", $"/admin/applications/assisted/new?call={_call}", [], Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            officer.Use(long.Parse(started.RedirectTarget()!.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture));
        }

        await officer.FillValidAsync("Drita");
        var review = await officer.PageAsync($"{officer.Base}/review");
        Assert.Contains("e ka nënshkruar pëlqimin në letër", review, StringComparison.Ordinal);
        using var submitted = await officer.SubmitAsync(await officer.SubmissionKeyAsync());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("Shtypeni këtë vërtetim", await officer.PageAsync(submitted.RedirectTarget()!), StringComparison.Ordinal);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var application = await db.Applications.SingleAsync(Cancel);
        Assert.True(application.Assisted);
        Assert.Null(application.ApplicantUserId);
        Assert.NotNull(application.AssistedByUserId);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.True((await db.Consents.SingleAsync(Cancel)).Assisted);

        var readings = await scope.ServiceProvider.GetRequiredService<PeopleDbContext>().SensitiveDataAccesses.Where(a => a.PersonId == application.PersonId).ToListAsync(Cancel);
        Assert.Contains(readings, a => a.UserName == "officer@integra.test" && a.Location.StartsWith("application receipt", StringComparison.Ordinal) && a.Fields.Contains("personal-number", StringComparison.Ordinal));

        var stranger = await Applicant.CreateAsync(_app, "stranger@example.org");
        using var denied = await stranger.Client.GetAsync(officer.Base, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
    }
}
