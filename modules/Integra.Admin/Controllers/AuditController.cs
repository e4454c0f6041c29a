using System.Globalization;
using Integra.Admin.Services;
using Integra.Admin.ViewModels;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Integra.Admin.Controllers;

/// <summary>Who did what and when, newest first; filtered on screen and exported as CSV with the same filters.</summary>
[Area("Integra.Admin")]
[Route("admin/audit")]
[Permission(Permissions.ViewAuditLog)]
public sealed class AuditController(AuditLogQuery audit, SiteClock clock, TimeProvider time, IStringLocalizer<AuditController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, [FromQuery] int page, CancellationToken cancellationToken)
    {
        var zone = await clock.GetZoneAsync(cancellationToken);
        page = Math.Max(page, 1);
        var (entries, total) = await audit.PageAsync(filter, page, cancellationToken);
        var pageCount = Math.Max(1, (total + AuditLogQuery.PageSize - 1) / AuditLogQuery.PageSize);
        return View(new AuditLogViewModel(
            filter,
            entries.Select(e => AuditRow.From(e, zone)).ToList(),
            Math.Min(page, pageCount),
            pageCount,
            total,
            await audit.ModulesAsync(cancellationToken),
            zone.Id));
    }

    /// <summary>Streams every matching entry, so a long log never has to fit in memory.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        var zone = await clock.GetZoneAsync(cancellationToken);
        var query = await audit.FilterAsync(filter, cancellationToken);
        var stamp = SiteClock.ToLocal(time.GetUtcNow().UtcDateTime, zone).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"audit-log-{stamp}.csv" }.ToString();
        string[] header =
        [
            T["Time ({0})", zone.Id].Value,
            T["Time (UTC)"].Value,
            T["User"].Value,
            T["Module"].Value,
            T["Action"].Value,
            T["Subject"].Value,
            T["Details"].Value,
            T["IP address"].Value,
        ];
        await using var writer = new StreamWriter(Response.Body, AuditCsv.Encoding);
        await AuditCsv.WriteAsync(writer, header, query.AsAsyncEnumerable(), zone, cancellationToken);
        return new EmptyResult();
    }
}
