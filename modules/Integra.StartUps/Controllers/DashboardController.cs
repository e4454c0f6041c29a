using Integra.Core.Audit;
using Integra.Core.Security;
using Integra.Reviews.Services;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Controllers;

/// <summary>
/// The component's dashboard (the funnel per call and municipality, places, money, visits due) and the exports of
/// its lists as CSV or XLSX; names go into an export only for holders of the engine's ViewPersonalData.
/// </summary>
[Route("admin/startups")]
[Permission(Permissions.ViewStartUps)]
public sealed class DashboardController(
    StartUpsDbContext db,
    StartUpsReport report,
    MonitoringVisits visits,
    StartUpsLookups lookups,
    PermissionService permissions,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<DashboardController> T) : StartUpsControllerBase
{
    public static IReadOnlyList<string> Lists { get; } = ["funnel", "grants", "assets", "visits"];

    [HttpGet("")]
    public async Task<IActionResult> Index(long? call, string? municipality)
    {
        var rows = await report.RowsAsync(call, string.IsNullOrEmpty(municipality) ? null : municipality, Aborted);
        var today = await visits.TodayAsync(Aborted);
        var due = await visits.DueAsync(today, Aborted);
        return View(new DashboardViewModel(
            new GrantFilter(call, municipality),
            rows,
            [.. rows.GroupBy(r => r.CallSetupId).Select(g => StartUpsReport.Sum(g, g.Key, g.First().CallNumber))],
            StartUpsReport.Sum(rows),
            due.Count(v => v.DueOn >= today),
            due.Count(v => v.DueOn < today),
            await lookups.GrantCallsAsync(Aborted),
            await MunicipalitiesAsync(),
            await permissions.HasPermissionAsync(User, Permissions.ExportStartUps, Aborted)));
    }

    [HttpGet("export")]
    [Permission(Permissions.ExportStartUps)]
    public async Task<IActionResult> Export(string? list, string? format, long? call, string? municipality)
    {
        if (list is null || !Lists.Contains(list) || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        municipality = string.IsNullOrEmpty(municipality) ? null : municipality;
        var personal = await permissions.HasPermissionAsync(User, Integra.Applications.Permissions.ViewPersonalData, Aborted);
        var municipalities = await MunicipalitiesAsync();
        string Place(string code) => municipalities.GetValueOrDefault(code) ?? code;
        var table = list switch
        {
            "funnel" => Funnel(await report.RowsAsync(call, municipality, Aborted), Place),
            "assets" => await AssetsAsync(call, municipality, personal, Place),
            "visits" => await VisitsAsync(call, municipality, personal, Place),
            _ => await GrantsAsync(call, municipality, personal, Place),
        };
        await audit.WriteAsync(StartUpsModule.Id, "startups.export", list, $"{format}, {table.Rows.Count} rows" + (personal ? ", with names" : ""), Aborted);
        var name = $"C{StartUpsModule.Component}-{list}-{clock.GetUtcNow():yyyyMMdd}";
        return format == "csv"
            ? File(Exports.Csv(table), "text/csv; charset=utf-8", name + ".csv")
            : File(await Exports.XlsxAsync(table, list, Aborted), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private ExportTable Funnel(IReadOnlyList<ComponentRow> rows, Func<string, string> place) => new(
        [T["Call"], T["Municipality"], T["Applied"], T["Selected for training"], T["Trained"], T["Plan submitted"], T["Awarded"], T["Delivered"], T["Registered"], T["Active"],
            T["Places"], T["Budget committed (EUR)"], T["Delivered (EUR)"], T["Co-financing collected (EUR)"]],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.CallLabel, place(r.Municipality), r.Applied, r.SelectedForTraining, r.Trained, r.PlanSubmitted, r.Awarded, r.Delivered,
            r.Registered, r.Active, r.Places, r.Committed, r.DeliveredValue, r.CoFinancingCollected])]);

    private async Task<ExportTable> GrantsAsync(long? call, string? municipality, bool personal, Func<string, string> place)
    {
        var beneficiaries = await Filtered(call, municipality).ToListAsync(Aborted);
        beneficiaries = [.. beneficiaries.Where(b => GrantService.HasGrant(b.Status))];
        var ids = beneficiaries.Select(b => b.Id).ToList();
        var equipment = (await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.BeneficiaryId)).ToListAsync(Aborted)).ToLookup(e => e.BeneficiaryId);
        var grants = await db.Grants.AsNoTracking().Where(g => ids.Contains(g.BeneficiaryId)).ToDictionaryAsync(g => g.BeneficiaryId, Aborted);
        var registrations = await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.BeneficiaryId)).ToDictionaryAsync(r => r.BeneficiaryId, Aborted);
        var names = personal ? await lookups.NamesAsync(beneficiaries, Aborted) : [];
        return new(
            [.. Personal(personal), T["Reference"], T["Call"], T["Municipality"], T["Status"], T["Equipment (EUR)"], T["Procurement"], T["Delivered on"],
                T["Beneficiary share paid (EUR)"], T["Municipal share committed"], T["Municipal share paid (EUR)"], T["Registration number"], T["Registered on"], T["Jobs created"]],
            [.. beneficiaries.Select(b =>
            {
                var g = grants.GetValueOrDefault(b.Id);
                var r = registrations.GetValueOrDefault(b.Id);
                return (IReadOnlyList<object?>)[.. Name(personal, names, b), b.Reference, StartUpCallTypes.Label(b.CallNumber), place(b.Municipality), T[BeneficiaryStatusText.Of(b.Status)].Value,
                    equipment[b.Id].Sum(e => e.Total), T[ProcurementText.Of(g?.Procurement ?? ProcurementStatus.NotStarted)].Value, FormValues.Iso(g?.DeliveredOn),
                    g is { BeneficiaryPaid: true } ? g.BeneficiaryAmount : 0m, g?.MunicipalCommitted == true ? T["Yes"].Value : T["No"].Value,
                    g is { MunicipalPaid: true } ? g.MunicipalAmount : 0m, r?.Number, FormValues.Iso(r?.RegisteredOn), r?.JobsCreated];
            })]);
    }

    private async Task<ExportTable> AssetsAsync(long? call, string? municipality, bool personal, Func<string, string> place)
    {
        var rows = await report.AssetsAsync(call, municipality, Aborted);
        var names = personal ? await lookups.NamesAsync(rows.Select(r => r.Beneficiary), Aborted) : [];
        return new(
            [.. Personal(personal), T["Reference"], T["Call"], T["Municipality"], T["Item"], T["Supplier"], T["Quantity"], T["Unit cost (EUR)"], T["Total (EUR)"], T["Delivered on"]],
            [.. rows.Select(a => (IReadOnlyList<object?>)[.. Name(personal, names, a.Beneficiary), a.Beneficiary.Reference, StartUpCallTypes.Label(a.Beneficiary.CallNumber),
                place(a.Beneficiary.Municipality), a.Item.Item, a.Item.Supplier, a.Item.Quantity, a.Item.UnitCost, a.Item.Total, FormValues.Iso(a.DeliveredOn)])]);
    }

    private async Task<ExportTable> VisitsAsync(long? call, string? municipality, bool personal, Func<string, string> place)
    {
        var beneficiaries = await Filtered(call, municipality).ToDictionaryAsync(b => b.Id, Aborted);
        var ids = beneficiaries.Keys.ToList();
        var list = await db.Visits.AsNoTracking().Where(v => ids.Contains(v.BeneficiaryId)).OrderBy(v => v.DueOn).ThenBy(v => v.Id).ToListAsync(Aborted);
        var names = personal ? await lookups.NamesAsync(beneficiaries.Values, Aborted) : [];
        return new(
            [.. Personal(personal), T["Reference"], T["Call"], T["Municipality"], T["Months after registration"], T["Due on"], T["Visited on"], T["Operating"], T["Revenue band"],
                T["Jobs"], T["Equipment in use"], T["Business status found"]],
            [.. list.Select(v =>
            {
                var b = beneficiaries[v.BeneficiaryId];
                return (IReadOnlyList<object?>)[.. Name(personal, names, b), b.Reference, StartUpCallTypes.Label(b.CallNumber), place(b.Municipality), v.Month, FormValues.Iso(v.DueOn),
                    FormValues.Iso(v.VisitedOn), YesNo(v.Operating), RevenueBands.Text(v.RevenueBand) is { } band ? T[band].Value : null, v.Jobs, YesNo(v.EquipmentInUse),
                    v.Outcome is { } o ? T[BeneficiaryStatusText.Of(o)].Value : null];
            })]);
    }

    private IQueryable<Beneficiary> Filtered(long? call, string? municipality) =>
        db.Beneficiaries.AsNoTracking()
            .Where(b => (call == null || b.CallSetupId == call) && (municipality == null || b.Municipality == municipality))
            .OrderBy(b => b.Reference).ThenBy(b => b.Id);

    private string[] Personal(bool personal) => personal ? [T["Name"]] : [];

    private static object?[] Name(bool personal, Dictionary<long, string> names, Beneficiary b) => personal ? [names.GetValueOrDefault(b.Id)] : [];

    private string? YesNo(bool? value) => value is null ? null : T[value.Value ? "Yes" : "No"].Value;
}
