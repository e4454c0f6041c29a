using Integra.Core.Security;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Controllers;

/// <summary>Monitoring visits: those due or overdue, and the visit form that records what was found and sets the business's status.</summary>
[Route("admin/startups/visits")]
[Permission(Permissions.ViewStartUps)]
public sealed class VisitsController(
    StartUpsDbContext db,
    MonitoringVisits visits,
    StartUpsLookups lookups,
    PermissionService permissions,
    IStringLocalizer<VisitsController> T) : StartUpsControllerBase
{
    private const string Home = "/admin/startups/visits";

    [HttpGet("")]
    public async Task<IActionResult> Index(long? call, string? municipality)
    {
        var today = await visits.TodayAsync(Aborted);
        var due = await visits.DueAsync(today, Aborted);
        var recent = await db.Visits.AsNoTracking().Where(v => v.VisitedOn != null).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).Take(50).ToListAsync(Aborted);
        var ids = due.Concat(recent).Select(v => v.BeneficiaryId).Distinct().ToList();
        var beneficiaries = await db.Beneficiaries.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, Aborted);
        var names = await lookups.NamesAsync(beneficiaries.Values, Aborted);
        List<VisitRow> Rows(IEnumerable<MonitoringVisit> list) =>
        [
            .. list.Select(v => new VisitRow(v, beneficiaries[v.BeneficiaryId], names[v.BeneficiaryId]))
                .Where(r => (call is null || r.Beneficiary.CallSetupId == call) && (string.IsNullOrEmpty(municipality) || r.Beneficiary.Municipality == municipality)),
        ];
        return View(new VisitsViewModel(
            today,
            new GrantFilter(call, municipality),
            Rows(due),
            Rows(recent),
            await lookups.GrantCallsAsync(Aborted),
            await MunicipalitiesAsync(),
            await permissions.HasPermissionAsync(User, Permissions.ExportStartUps, Aborted)));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id) =>
        await VisitAsync(id) is { } model ? View(model) : NotFound();

    [HttpGet("{id:long}/edit")]
    [Permission(Permissions.RecordMonitoringVisits)]
    public async Task<IActionResult> Edit(long id)
    {
        if (await VisitAsync(id) is not { Visit: { VisitedOn: not null, Outcome: { } outcome } visit } model)
        {
            return NotFound();
        }

        var values = new VisitReport(
            visit.VisitedOn, visit.Operating == true, visit.RevenueBand, visit.Jobs, visit.EquipmentInUse == true, visit.Notes, outcome,
            [.. model.Joined.Where(o => o.UserId is not null).Select(o => o.UserId!)],
            string.Join('\n', model.Joined.Where(o => o.UserId is null).Select(o => o.Name)));
        return View(new VisitEditViewModel(model, values, visit.Revision));
    }

    [HttpPost("{id:long}/edit")]
    [Permission(Permissions.RecordMonitoringVisits)]
    [RequestSizeLimit(GrantLimits.MaxPhotos * GrantLimits.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = GrantLimits.MaxPhotos * GrantLimits.MaxFileBytes + 1024 * 1024)]
    public async Task<IActionResult> Edit(
        long id, string? visitedOn, bool operating, string? revenueBand, int? jobs, bool equipmentInUse, string? notes,
        BeneficiaryStatus outcome, List<string>? officials, string? otherOfficials, Guid revision, List<IFormFile>? photos)
    {
        var report = new VisitReport(
            FormValues.Day(visitedOn), operating, string.IsNullOrEmpty(revenueBand) ? null : revenueBand, jobs, equipmentInUse, notes, outcome, officials ?? [], otherOfficials);
        if (await visits.EditAsync(id, revision, report, photos ?? [], Aborted) is not { } error)
        {
            return Done($"{Home}/{id}", null, T["Visit corrected."]);
        }

        // The form again with what was typed, beside the reason it was refused; it keeps the revision it was opened
        // with, so a form overtaken by someone else's save stays refused until reloaded.
        if (await VisitAsync(id) is not { } model)
        {
            return NotFound();
        }

        TempData["Error"] = error;
        return View(new VisitEditViewModel(model, report, revision));
    }

    private async Task<VisitViewModel?> VisitAsync(long id)
    {
        var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, Aborted);
        if (visit is null)
        {
            return null;
        }

        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstAsync(b => b.Id == visit.BeneficiaryId, Aborted);
        var municipalities = await MunicipalitiesAsync();
        return new VisitViewModel(
            visit,
            beneficiary,
            (await lookups.NamesAsync([beneficiary], Aborted))[beneficiary.Id],
            municipalities.GetValueOrDefault(beneficiary.Municipality) ?? beneficiary.Municipality,
            await visits.TodayAsync(Aborted),
            await visits.OfficialsAsync(),
            await db.VisitOfficials.AsNoTracking().Where(o => o.VisitId == id).OrderBy(o => o.Id).ToListAsync(Aborted),
            await db.GrantFiles.AsNoTracking().Where(f => f.VisitId == id).OrderBy(f => f.Id).ToListAsync(Aborted),
            await permissions.HasPermissionAsync(User, Permissions.RecordMonitoringVisits, Aborted));
    }

    [HttpPost("{id:long}")]
    [Permission(Permissions.RecordMonitoringVisits)]
    [RequestSizeLimit(GrantLimits.MaxPhotos * GrantLimits.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = GrantLimits.MaxPhotos * GrantLimits.MaxFileBytes + 1024 * 1024)]
    public async Task<IActionResult> Record(
        long id, string? visitedOn, bool operating, string? revenueBand, int? jobs, bool equipmentInUse, string? notes,
        BeneficiaryStatus outcome, List<string>? officials, string? otherOfficials, List<IFormFile>? photos)
    {
        var report = new VisitReport(
            FormValues.Day(visitedOn), operating, string.IsNullOrEmpty(revenueBand) ? null : revenueBand, jobs, equipmentInUse, notes, outcome, officials ?? [], otherOfficials);
        var error = await visits.RecordAsync(id, report, photos ?? [], Aborted);
        return Done($"{Home}/{id}", error, T["Visit recorded: the business is {0}.", T[BeneficiaryStatusText.Of(outcome)]]);
    }
}
