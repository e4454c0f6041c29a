using System.Net;
using Integra.Core.Security;
using Integra.StartUps;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;

namespace Integra.Tests.Integration.StartUps;

public sealed class SqliteTrainingTests() : TrainingTests("Sqlite");

public sealed class PostgresTrainingTests() : TrainingTests("Postgres");

public abstract class TrainingTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Attendance_of_at_least_80_percent_completes_the_training_and_gives_a_certificate_in_the_trainees_language()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<StartUpCalls>().UseAsGrantCallAsync(call, Cancel));
        }

        var arta = await world.BeneficiaryAsync(call, "Artë", "Krasniqi", "F", new DateOnly(1990, 1, 1), "malisheva", "arta@integra.test");
        var milica = await world.HandOverAsync(await world.SelectedAsync(call, await world.PersonAsync("Milica", "Jovanović", "F", new DateOnly(1993, 3, 3), "malisheva"), "malisheva", "sr-Cyrl"));
        var drita = await world.BeneficiaryAsync(call, "Drita", "Berisha", "F", new DateOnly(1994, 1, 1), "malisheva");
        var elsewhere = await world.BeneficiaryAsync(call, "Fitore", "Hoxha", "F", new DateOnly(1994, 1, 1), "klina");
        using var officer = await world.SignedInAsync("trainer@integra.test", Roles.ProgrammeOfficer);
        const string home = "/admin/startups/training";

        await StartUpsWorld.PostAsync(officer, home, $"{home}/cohorts", ("callSetupId", call.ToString()), ("municipality", "malisheva"), ("name", "Malisheva, spring"));
        var cohort = await world.StartUpsAsync(db => db.Cohorts.SingleAsync(Cancel));
        var members = await world.StartUpsAsync(db => db.CohortMembers.Where(m => m.CohortId == cohort.Id).Select(m => m.BeneficiaryId).ToListAsync(Cancel));
        Assert.Equal(new[] { arta.Id, milica.Id, drita.Id }.Order(), members.Order());
        Assert.DoesNotContain(elsewhere.Id, members);

        var cohortPage = $"{home}/cohorts/{cohort.Id}";
        for (var day = 1; day <= 5; day++)
        {
            await StartUpsWorld.PostAsync(officer, cohortPage, $"{cohortPage}/sessions", ("date", $"2026-03-0{day}"), ("time", "10:00"), ("topic", $"Business planning {day}"), ("trainer", "Drilon Kaçaniku"), ("location", "Malishevë"));
        }

        var sessions = await world.StartUpsAsync(db => db.Sessions.OrderBy(s => s.StartsUtc).ToListAsync(Cancel));
        Assert.Equal(5, sessions.Count);
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), sessions[0].StartsUtc);
        foreach (var session in sessions.Take(4))
        {
            var page = $"{home}/sessions/{session.Id}";
            await StartUpsWorld.PostAsync(officer, page, page, ("everyone", "true"));
        }

        var last = $"{home}/sessions/{sessions[4].Id}";
        await StartUpsWorld.PostAsync(officer, last, last, ("present", arta.Id.ToString()));
        var firstSession = $"{home}/sessions/{sessions[0].Id}";
        await StartUpsWorld.PostAsync(officer, firstSession, firstSession, ("present", arta.Id.ToString()), ("present", milica.Id.ToString()));

        using var sheet = await officer.GetAsync($"{firstSession}/sheet", Cancel);
        var sheetHtml = await sheet.ReadPageAsync(Cancel);
        Assert.Contains("Drita Berisha", sheetHtml, StringComparison.Ordinal);
        Assert.Contains("Drilon Kaçaniku", sheetHtml, StringComparison.Ordinal);

        await StartUpsWorld.PostAsync(officer, cohortPage, $"{cohortPage}/complete");

        Assert.Equal(BeneficiaryStatus.Trained, (await world.ReloadAsync(arta.Id)).Status);
        Assert.Equal(BeneficiaryStatus.Trained, (await world.ReloadAsync(milica.Id)).Status);
        Assert.Equal(BeneficiaryStatus.SelectedForTraining, (await world.ReloadAsync(drita.Id)).Status);

        using var certificate = await officer.GetAsync($"{home}/certificates/{arta.Id}", Cancel);
        Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        var pdf = await certificate.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        using (var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            Assert.Equal(1, document.PageCount);
            Assert.Equal("Certifikatë: Artë Krasniqi", document.Info.Title);
            Assert.Contains("duke ndjekur 5 nga 5 seanca", document.Info.Subject, StringComparison.Ordinal);
        }

        var letters = PdfText.ExtractableCharacters(pdf);
        Assert.Contains('ë', letters);
        Assert.Contains('ç', letters);

        using var cyrillic = await officer.GetAsync($"{home}/certificates/{milica.Id}", Cancel);
        var serbian = await cyrillic.Content.ReadAsByteArrayAsync(Cancel);
        using (var document = PdfReader.Open(new MemoryStream(serbian), PdfDocumentOpenMode.Import))
        {
            Assert.Equal("Сертификат: Milica Jovanović", document.Info.Title);
        }

        Assert.Superset(new HashSet<char>("Сертификат"), new HashSet<char>(PdfText.ExtractableCharacters(serbian)));

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{home}/certificates/{drita.Id}", Cancel)).StatusCode);
    }
}
