using System.Net;
using System.Text;
using Integra.Core.Data;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Admin;

public abstract class AuditLogScreenTests(string provider)
{
    private const string Officer = "officer@integra.test";

    [Fact]
    public async Task Audit_CSV_export_contains_the_filtered_rows_and_neutralizes_formulas()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        // Belgrade is UTC+1 in March: 22:30 UTC is still the 10th there, 23:30 UTC is already the 11th.
        await AddAsync(app,
            Entry(new DateTime(2025, 3, 10, 22, 30, 0, DateTimeKind.Utc), Officer, "Grants", "Application approved", "=HYPERLINK(\"http://evil.example\",\"click\")", "Shqipëri, Çakor; \"quoted\"\nsecond line"),
            Entry(new DateTime(2025, 3, 10, 23, 30, 0, DateTimeKind.Utc), Officer, "Grants", "Application approved", "+SUM(1)", "@cmd"),
            Entry(new DateTime(2025, 3, 11, 10, 0, 0, DateTimeKind.Utc), "someone@integra.test", "Grants", "Application approved", "-2", null),
            Entry(new DateTime(2025, 3, 11, 11, 0, 0, DateTimeKind.Utc), Officer, "Calls", "Call published", "Call 1", null));

        var screen = await admin.PageAsync("/admin/audit?user=OFFICER&module=Grants&action=approved&from=2025-03-11&to=2025-03-11");
        Assert.Contains("1 entries.", screen, StringComparison.Ordinal);
        Assert.Contains("2025-03-11 00:30:00 officer@integra.test Grants Application approved +SUM(1) @cmd", screen, StringComparison.Ordinal);

        using var oneDay = await admin.Http.GetAsync("/admin/audit/export?user=OFFICER&module=Grants&action=approved&from=2025-03-11&to=2025-03-11", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, oneDay.StatusCode);
        Assert.Equal("text/csv", oneDay.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", oneDay.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await oneDay.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "Time (Europe/Belgrade),Time (UTC),User,Module,Action,Subject,Details,IP address\r\n"
            + "2025-03-11 00:30:00,2025-03-10T23:30:00Z,officer@integra.test,Grants,Application approved,'+SUM(1),'@cmd,\r\n",
            Encoding.UTF8.GetString(bytes[3..]));

        var officerGrants = await admin.Http.GetStringAsync("/admin/audit/export?user=officer&module=Grants", TestContext.Current.CancellationToken);
        var lines = officerGrants.Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("2025-03-11 00:30:00,", lines[1], StringComparison.Ordinal);
        Assert.Equal(
            "2025-03-10 23:30:00,2025-03-10T22:30:00Z,officer@integra.test,Grants,Application approved,"
            + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"Shqipëri, Çakor; \"\"quoted\"\"\nsecond line\",",
            lines[2]);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public async Task The_audit_log_shows_fifty_entries_a_page_newest_first()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await AdminClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        var start = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        await AddAsync(app, Enumerable.Range(0, 120).Select(i => Entry(start.AddMinutes(i), Officer, "Bulk", $"Step {i:000}", null, null)).ToArray());

        var first = await admin.HtmlAsync("/admin/audit?module=Bulk");
        Assert.Contains("Page 1 of 3", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Step 119", StringComparison.Ordinal) < first.IndexOf("Step 118", StringComparison.Ordinal));
        Assert.Contains("Step 070", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 069", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/audit?module=Bulk&page=2\"", first, StringComparison.Ordinal);

        var last = await admin.PageAsync("/admin/audit?module=Bulk&page=3");
        Assert.Contains("Page 3 of 3", last, StringComparison.Ordinal);
        Assert.Contains("Step 019", last, StringComparison.Ordinal);
        Assert.Contains("Step 000", last, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 020", last, StringComparison.Ordinal);
    }

    private static AuditEntry Entry(DateTime utc, string user, string module, string action, string? subject, string? details) =>
        new() { Utc = utc, UserName = user, Module = module, Action = action, Subject = subject, Details = details };

    private static async Task AddAsync(IntegraAppFactory app, params AuditEntry[] entries)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class SqliteAuditLogScreenTests() : AuditLogScreenTests("Sqlite");

public sealed class PostgresAuditLogScreenTests() : AuditLogScreenTests("Postgres");
