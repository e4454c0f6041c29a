using System.Net;
using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Cms.Models;
using Integra.Contents.Services;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Applying;

/// <summary>These tests change the process's time zone, so nothing else runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerTimeZoneCollection
{
    public const string Name = "Server time zone";
}

[Collection(ServerTimeZoneCollection.Name)]
public sealed class SqliteDeadlineTests() : DeadlineTests("Sqlite");

[Collection(ServerTimeZoneCollection.Name)]
public sealed class PostgresDeadlineTests() : DeadlineTests("Postgres");

/// <summary>The close instant is the call's, in Europe/Belgrade, read by the server clock whatever the server's own zone.</summary>
public abstract class DeadlineTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("UTC")]
    [InlineData("Asia/Tokyo")]
    public async Task A_submission_one_second_before_the_close_is_accepted_and_one_second_after_it_is_refused_with_the_draft_kept(string serverZone)
    {
        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", serverZone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.Equal(serverZone == "UTC" ? TimeSpan.Zero : TimeSpan.FromHours(9), TimeZoneInfo.Local.BaseUtcOffset);
            await using var database = await TestDatabase.CreateAsync(provider);
            var clock = new ShiftedClock();
            await using var app = new IntegraAppFactory(database) { Clock = clock };
            var call = await Applicant.OpenCallAsync(app);
            var closes = await ClosesAsync(app, call);

            MoveTo(clock, closes - TimeSpan.FromMinutes(3));
            var early = await Applicant.CreateAsync(app, "early@example.org");
            var late = await Applicant.CreateAsync(app, "late@example.org");
            foreach (var applicant in new[] { early, late })
            {
                await applicant.StartAsync(call);
                await applicant.FillValidAsync();
            }

            var earlyKey = await early.SubmissionKeyAsync();
            var lateKey = await late.SubmissionKeyAsync();
            var earlyPage = await early.Client.GetStringAsync($"{early.Base}/review", Cancel);
            var latePage = await late.Client.GetStringAsync($"{late.Base}/review", Cancel);

            MoveTo(clock, closes - TimeSpan.FromSeconds(1));
            using var accepted = await early.Client.PostFormAsync($"{early.Base}/review", HtmlForms.AntiforgeryToken(earlyPage), [("key", earlyKey), ("consent", "yes")], Cancel);
            MoveTo(clock, closes + TimeSpan.FromSeconds(1));
            using var refused = await late.Client.PostFormAsync($"{late.Base}/review", HtmlForms.AntiforgeryToken(latePage), [("key", lateKey), ("consent", "yes")], Cancel);

            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var message = await refused.ReadPageAsync(Cancel);
            Assert.Contains($"Thirrja u mbyll më {SubmissionService.Belgrade(closes)} (ora e Kosovës)", message, StringComparison.Ordinal);
            Assert.Contains("drafti juaj ruhet", message, StringComparison.Ordinal);

            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
            var applications = await db.Applications.OrderBy(a => a.Id).ToListAsync(Cancel);
            Assert.Equal(ApplicationStatus.Submitted, applications[0].Status);
            Assert.Equal(ApplicationStatus.Draft, applications[1].Status);
            Assert.Contains("\"first-name\":\"Arta\"", applications[1].AnswersJson, StringComparison.Ordinal);
            Assert.Equal(1, await db.Submissions.CountAsync(Cancel));
            Assert.Contains("nuk mund të ndryshohet", await late.PageAsync($"{late.Base}/steps/about-you"), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public async Task Holders_of_unsubmitted_drafts_get_each_deadline_reminder_once_and_submitted_applicants_none()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ShiftedClock();
        await using var app = new MailerAppFactory(database) { Clock = clock };
        var call = await Applicant.OpenCallAsync(app);
        var closes = await ClosesAsync(app, call);
        MoveTo(clock, closes - TimeSpan.FromDays(5));
        var drafting = await Applicant.CreateAsync(app, "drafting@example.org");
        await drafting.StartAsync(call);
        var done = await Applicant.CreateAsync(app, "done@example.org");
        await done.StartAsync(call);
        await done.FillValidAsync();
        (await done.SubmitAsync(await done.SubmissionKeyAsync())).Dispose();

        MoveTo(clock, closes - TimeSpan.FromDays(2.5));
        await app.Mailer.WaitForAsync(ApplicationMessages.DeadlineReminder, 1);
        MoveTo(clock, closes - TimeSpan.FromHours(12));
        await app.Mailer.WaitForAsync(ApplicationMessages.DeadlineReminder, 2);
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);

        var reminders = app.Mailer.Sent.Where(s => s.Message == ApplicationMessages.DeadlineReminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal(drafting.ApplicationId, r.ApplicationId));
    }

    private static void MoveTo(ShiftedClock clock, DateTime utc) => clock.Advance(utc - clock.GetUtcNow().UtcDateTime);

    private static async Task<DateTime> ClosesAsync(IntegraAppFactory app, string call)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetPublishedAsync(call, Cancel);
        return item!.UtcDateTime(CmsContentTypes.Fields.ClosesAt)!.Value;
    }
}

/// <summary>The host with a mailer that records what the engine sends, for the jobs that send without a request.</summary>
public sealed class MailerAppFactory(TestDatabase database) : IntegraAppFactory(database)
{
    public RecordingMailer Mailer { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IApplicationMailer>(Mailer));
    }
}

public sealed class RecordingMailer : IApplicationMailer
{
    private readonly List<(string Message, long ApplicationId)> _sent = [];

    public IReadOnlyList<(string Message, long ApplicationId)> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public Task<bool> SendAsync(string messageKey, Application application, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.Add((messageKey, application.Id));
        }

        return Task.FromResult(true);
    }

    public async Task WaitForAsync(string messageKey, int count)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Sent.Count(s => s.Message == messageKey) < count)
        {
            Assert.True(DateTime.UtcNow < until, $"{count} × {messageKey} not sent");
            await Task.Delay(100);
        }
    }
}
