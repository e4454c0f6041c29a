using System.Net;
using System.Text.Json.Nodes;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Core.Security;
using Integra.Tests.Integration.Reviews;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Story;

public sealed class SqliteStaffDocumentTests() : StaffDocumentTests("Sqlite");

public sealed class PostgresStaffDocumentTests() : StaffDocumentTests("Postgres");

/// <summary>Staff open an applicant's documents from the review screens, within their permissions.</summary>
public abstract class StaffDocumentTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_who_may_see_personal_data_open_the_documents_and_a_sensitive_one_is_logged_others_are_refused()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        await FormWithDocumentsAsync(world, call);
        var id = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva", "arta@integra.test");
        var other = await world.SubmitAsync(call, "Besa", "Gashi", "drenas", "besa@integra.test");
        var card = await AttachAsync(world, id, "id-card", "leternjoftimi.pdf");
        var plan = await AttachAsync(world, id, "plan", "plani-i-biznesit.pdf");

        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var detail = await officer.GetAsync($"/admin/reviews/applications/{id}", Cancel);
        var page = await detail.Content.ReadAsStringAsync(Cancel);
        Assert.Contains($"href=\"/admin/reviews/applications/{id}/files/{card}\"", page, StringComparison.Ordinal);
        Assert.Contains($">plani-i-biznesit.pdf</a>", page, StringComparison.Ordinal);

        var before = (await world.AuditAsync()).Count(e => e.Action == "review.sensitive-data.viewed");
        using (var planFile = await officer.GetAsync($"/admin/reviews/applications/{id}/files/{plan}", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, planFile.StatusCode);
            Assert.Equal("plani-i-biznesit.pdf", planFile.Content.Headers.ContentDisposition?.FileNameStar ?? planFile.Content.Headers.ContentDisposition?.FileName);
        }

        Assert.Equal(before, (await world.AuditAsync()).Count(e => e.Action == "review.sensitive-data.viewed"));
        using (var cardFile = await officer.GetAsync($"/admin/reviews/applications/{id}/files/{card}", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, cardFile.StatusCode);
            Assert.StartsWith("%PDF", await cardFile.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        Assert.Contains(await world.AuditAsync(), e => e.Action == "review.sensitive-data.viewed" && e.Details?.Contains($"/files/{card}", StringComparison.Ordinal) == true);

        using var wrongApplication = await officer.GetAsync($"/admin/reviews/applications/{other}/files/{card}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, wrongApplication.StatusCode);

        await world.GrantAsync(Roles.Evaluator, Permissions.ViewApplications, Permissions.EvaluateApplications);
        using var evaluator = await world.SignedInAsync("evaluator@integra.test", Roles.Evaluator);
        using var refused = await evaluator.GetAsync($"/admin/reviews/applications/{id}/files/{plan}", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var listed = await evaluator.GetAsync($"/admin/reviews/applications/{id}", Cancel);
        Assert.DoesNotContain("/files/", await listed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evaluator_opens_the_documents_the_score_sheet_shows_after_declaring_never_a_sensitive_one()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1);
        await world.SettingsAsync(call, evaluators: 1);
        await FormWithDocumentsAsync(world, call);
        var id = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva", "arta@integra.test");
        var card = await AttachAsync(world, id, "id-card", "leternjoftimi.pdf");
        var plan = await AttachAsync(world, id, "plan", "plani-i-biznesit.pdf");
        await world.EngineAsync(id, ApplicationTrigger.PassScreening);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        using var evaluator = await world.SignedInAsync("evaluator@integra.test", Roles.Evaluator);
        var pool = $"/admin/reviews/calls/{call}/evaluators";
        await ReviewWorld.PostAsync(officer, pool, pool + "/pool", ("userId", await world.UserIdAsync("evaluator@integra.test")), ("municipality", "prizren"));
        await ReviewWorld.PostAsync(officer, pool, pool + "/in-turn");
        var mine = (await world.ReviewsAsync(db => db.Assignments.SingleAsync(a => a.ApplicationId == id, Cancel))).Id;

        using (var undeclared = await evaluator.GetAsync($"/admin/reviews/mine/{mine}/files/{plan}", Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, undeclared.StatusCode);
        }

        await ReviewWorld.PostAsync(evaluator, $"/admin/reviews/mine/{mine}", $"/admin/reviews/mine/{mine}", ("declaration", "none"));
        using var sheet = await evaluator.GetAsync($"/admin/reviews/mine/{mine}/application", Cancel);
        var page = await sheet.Content.ReadAsStringAsync(Cancel);
        Assert.Contains($"href=\"/admin/reviews/mine/{mine}/files/{plan}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("leternjoftimi.pdf", page, StringComparison.Ordinal);
        using (var planFile = await evaluator.GetAsync($"/admin/reviews/mine/{mine}/files/{plan}", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, planFile.StatusCode);
        }

        using var cardFile = await evaluator.GetAsync($"/admin/reviews/mine/{mine}/files/{card}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, cardFile.StatusCode);
    }

    /// <summary>The review world's form with two documents: the ID card (sensitive) and a business plan.</summary>
    private static async Task FormWithDocumentsAsync(ReviewWorld world, long callSetupId)
    {
        var steps = ReviewWorld.Form.Steps.ToList();
        steps.Add(new FormStep("documents", ReviewWorld.Text("Documents"))
        {
            Fields =
            [
                new FormField("id-card", FieldKind.File, ReviewWorld.Text("ID card")) { Identifying = true, Sensitive = true },
                new FormField("plan", FieldKind.File, ReviewWorld.Text("Business plan")),
            ],
        });
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        db.FormVersions.Add(new FormVersion { CallSetupId = callSetupId, Version = 1, SchemaJson = new FormSchema { Steps = steps }.ToJson(), UpdatedUtc = DateTime.UtcNow, Revision = Guid.NewGuid() });
        await db.SaveChangesAsync(Cancel);
    }

    /// <summary>A stored document, answered in the application as the applicant's upload would be.</summary>
    private static async Task<long> AttachAsync(ReviewWorld world, long applicationId, string fieldKey, string name)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        var file = new ApplicationFile
        {
            ApplicationId = applicationId,
            FieldKey = fieldKey,
            FileName = name,
            ContentType = "application/pdf",
            Size = 9,
            Sha256 = new string('0', 64),
            StoredName = Guid.NewGuid().ToString("N") + ".pdf",
            UploadedUtc = DateTime.UtcNow,
        };
        db.Files.Add(file);
        await db.SaveChangesAsync(Cancel);
        var path = scope.ServiceProvider.GetRequiredService<ApplicationFiles>().PathOf(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "%PDF-1.7\n", Cancel);
        var application = await db.Applications.FirstAsync(a => a.Id == applicationId, Cancel);
        var answers = JsonNode.Parse(application.AnswersJson)!.AsObject();
        answers[fieldKey] = new JsonArray(file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        application.AnswersJson = answers.ToJsonString();
        await db.SaveChangesAsync(Cancel);
        return file.Id;
    }
}
