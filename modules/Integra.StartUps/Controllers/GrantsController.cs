using System.Globalization;
using Integra.Core.Security;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Controllers;

/// <summary>Awarded businesses' grants: equipment, co-financing, purchase, hand-over and registration; the asset register; the stored files.</summary>
[Route("admin/startups")]
[Permission(Permissions.ViewStartUps)]
public sealed class GrantsController(
    StartUpsDbContext db,
    GrantService grants,
    GrantFiles files,
    BusinessRegistrations registrations,
    MonitoringVisits visits,
    StartUpsReport report,
    StartUpsLookups lookups,
    PermissionService permissions,
    IStringLocalizer<GrantsController> T) : StartUpsControllerBase
{
    private const string Home = "/admin/startups/grants";

    [HttpGet("grants")]
    public async Task<IActionResult> Index(long? call, string? municipality)
    {
        var query = db.Beneficiaries.AsNoTracking().Where(b =>
            b.Status == BeneficiaryStatus.Awarded || b.Status == BeneficiaryStatus.EquipmentDelivered || b.Status == BeneficiaryStatus.Registered
            || b.Status == BeneficiaryStatus.Active || b.Status == BeneficiaryStatus.Struggling || b.Status == BeneficiaryStatus.Closed);
        if (call is { } c)
        {
            query = query.Where(b => b.CallSetupId == c);
        }

        if (!string.IsNullOrEmpty(municipality))
        {
            query = query.Where(b => b.Municipality == municipality);
        }

        var beneficiaries = await query.OrderBy(b => b.Reference).ThenBy(b => b.Id).Take(1000).ToListAsync(Aborted);
        var ids = beneficiaries.Select(b => b.Id).ToList();
        var equipment = (await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.BeneficiaryId)).ToListAsync(Aborted)).ToLookup(e => e.BeneficiaryId);
        var records = await db.Grants.AsNoTracking().Where(g => ids.Contains(g.BeneficiaryId)).ToDictionaryAsync(g => g.BeneficiaryId, Aborted);
        var names = await lookups.NamesAsync(beneficiaries, Aborted);
        var rows = await report.RowsAsync(call, string.IsNullOrEmpty(municipality) ? null : municipality, Aborted);
        return View(new GrantsViewModel(
            new GrantFilter(call, municipality),
            [.. beneficiaries.Select(b => new GrantRow(b, names.GetValueOrDefault(b.Id, "#" + b.PersonId), equipment[b.Id].Sum(e => e.Total), records.GetValueOrDefault(b.Id)))],
            [.. rows.GroupBy(r => r.CallSetupId).Select(g => StartUpsReport.Sum(g, g.Key, g.First().CallNumber))],
            [.. rows.GroupBy(r => r.Municipality).Select(g => StartUpsReport.Sum(g, municipality: g.Key))],
            await lookups.GrantCallsAsync(Aborted),
            await MunicipalitiesAsync(),
            await permissions.HasPermissionAsync(User, Permissions.ExportStartUps, Aborted)));
    }

    [HttpGet("grants/{id:long}")]
    public async Task<IActionResult> Details(long id) =>
        await GrantAsync(id) is { } model ? View(model) : NotFound();

    [HttpPost("grants/{id:long}/equipment")]
    [Permission(Permissions.ManageGrants)]
    public async Task<IActionResult> AddEquipment(long id, string? item, string? supplier, string? quantity, string? unitCost)
    {
        var error = int.TryParse(quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pieces) && FormValues.Money(unitCost) is { } cost
            ? await grants.AddEquipmentAsync(id, item, supplier, pieces, cost, Aborted)
            : T["Give a quantity from 1 to {0} and a unit cost in euros above zero, with at most two decimals.", GrantLimits.MaxQuantity];
        if (error is null)
        {
            return Done($"{Home}/{id}", null, T["Item added."]);
        }

        // The page again, not a redirect: what was typed stays in the form beside the reason it was refused.
        if (await GrantAsync(id) is not { } model)
        {
            return NotFound();
        }

        TempData["Error"] = error;
        return View(nameof(Details), model with { Draft = new EquipmentDraft(item, supplier, quantity, unitCost) });
    }

    private async Task<GrantViewModel?> GrantAsync(long id)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, Aborted);
        if (beneficiary is null || !GrantService.HasGrant(beneficiary.Status))
        {
            return null;
        }

        var municipalities = await MunicipalitiesAsync();
        return new GrantViewModel(
            beneficiary,
            (await lookups.NamesAsync([beneficiary], Aborted)).GetValueOrDefault(id, "#" + beneficiary.PersonId),
            municipalities.GetValueOrDefault(beneficiary.Municipality) ?? beneficiary.Municipality,
            await grants.SettingsAsync(beneficiary.CallSetupId, Aborted),
            await grants.GrantAsync(beneficiary, Aborted),
            await grants.EquipmentAsync(id, Aborted),
            await db.GrantFiles.AsNoTracking().Where(f => f.BeneficiaryId == id && f.VisitId == null).OrderBy(f => f.Id).ToListAsync(Aborted),
            await registrations.OfAsync(id, Aborted),
            await visits.OfAsync(id, Aborted),
            await permissions.HasPermissionAsync(User, Permissions.ManageGrants, Aborted),
            await permissions.HasPermissionAsync(User, Permissions.ManageBeneficiaries, Aborted));
    }

    [HttpPost("grants/{id:long}/equipment/{itemId:long}/remove")]
    [Permission(Permissions.ManageGrants)]
    public async Task<IActionResult> RemoveEquipment(long id, long itemId) =>
        Done($"{Home}/{id}", await grants.RemoveEquipmentAsync(id, itemId, Aborted), T["Item removed."]);

    [HttpPost("grants/{id:long}/co-financing")]
    [Permission(Permissions.ManageGrants)]
    public async Task<IActionResult> CoFinancing(long id, bool beneficiaryPaid, string? beneficiaryPaidOn, string? beneficiaryAmount, bool municipalCommitted, bool municipalPaid, string? municipalPaidOn, string? municipalAmount)
    {
        if (FormValues.Money(beneficiaryAmount) is not { } ownShare || FormValues.Money(municipalAmount) is not { } municipalShare)
        {
            return Done($"{Home}/{id}", T["Give the amounts in euros, zero or more."]);
        }

        var error = await grants.SaveCoFinancingAsync(id, new CoFinancing(
            beneficiaryPaid, FormValues.Day(beneficiaryPaidOn), ownShare, municipalCommitted, municipalPaid, FormValues.Day(municipalPaidOn), municipalShare), Aborted);
        return Done($"{Home}/{id}", error, T["Co-financing saved."]);
    }

    [HttpPost("grants/{id:long}/procurement")]
    [Permission(Permissions.ManageGrants)]
    public async Task<IActionResult> Procurement(long id, ProcurementStatus status) =>
        Done($"{Home}/{id}", await grants.SetProcurementAsync(id, status, Aborted), T["Procurement status saved."]);

    [HttpPost("grants/{id:long}/deliver")]
    [Permission(Permissions.ManageGrants)]
    [RequestSizeLimit((GrantLimits.MaxPhotos + 1) * GrantLimits.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = (GrantLimits.MaxPhotos + 1) * GrantLimits.MaxFileBytes + 1024 * 1024)]
    public async Task<IActionResult> Deliver(long id, string? deliveredOn, string? notes, IFormFile? protocol, List<IFormFile>? photos)
    {
        var error = await grants.DeliverAsync(id, FormValues.Day(deliveredOn), notes, protocol, photos ?? [], Aborted);
        return Done($"{Home}/{id}", error, T["Hand-over recorded: the equipment is delivered."]);
    }

    [HttpGet("grants/{id:long}/handover")]
    [Permission(Permissions.ManageGrants)]
    public async Task<IActionResult> Handover(long id) =>
        await GrantAsync(id) is { Grant.DeliveredOn: { } day } model
            ? View(new HandoverEditViewModel(model, FormValues.Iso(day), model.Grant.HandoverNotes, model.Grant.Revision))
            : NotFound();

    [HttpPost("grants/{id:long}/handover")]
    [Permission(Permissions.ManageGrants)]
    [RequestSizeLimit((GrantLimits.MaxPhotos + 1) * GrantLimits.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = (GrantLimits.MaxPhotos + 1) * GrantLimits.MaxFileBytes + 1024 * 1024)]
    public async Task<IActionResult> Handover(long id, string? deliveredOn, string? notes, Guid revision, IFormFile? protocol, List<IFormFile>? photos)
    {
        var change = new HandoverChange(FormValues.Day(deliveredOn), notes, revision);
        if (await grants.EditHandoverAsync(id, change, protocol, photos ?? [], Aborted) is not { } error)
        {
            return Done($"{Home}/{id}", null, T["Hand-over corrected."]);
        }

        if (await GrantAsync(id) is not { } model)
        {
            return NotFound();
        }

        TempData["Error"] = error;
        return View(new HandoverEditViewModel(model, deliveredOn, notes, revision));
    }

    [HttpPost("grants/{id:long}/register")]
    [Permission(Permissions.ManageBeneficiaries)]
    public async Task<IActionResult> Register(long id, string? number, string? registeredOn, string? sector, int jobsCreated)
    {
        var error = await registrations.RegisterAsync(id, number, FormValues.Day(registeredOn), sector, jobsCreated, Aborted);
        return Done($"{Home}/{id}", error, T["Business registered; monitoring visits are scheduled at 3, 6 and 12 months."]);
    }

    [HttpGet("grants/files/{fileId:long}")]
    public async Task<IActionResult> Download(long fileId)
    {
        var file = await files.FindAsync(fileId, Aborted);
        var path = file is null ? null : files.PathOf(file);
        if (file is null || !System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(path!, file.ContentType, file.FileName);
    }

    [HttpGet("assets")]
    public async Task<IActionResult> Assets(long? call, string? municipality)
    {
        var rows = await report.AssetsAsync(call, string.IsNullOrEmpty(municipality) ? null : municipality, Aborted);
        return View(new AssetsViewModel(
            new GrantFilter(call, municipality),
            rows,
            await lookups.NamesAsync(rows.Select(r => r.Beneficiary), Aborted),
            await lookups.GrantCallsAsync(Aborted),
            await MunicipalitiesAsync(),
            await permissions.HasPermissionAsync(User, Permissions.ExportStartUps, Aborted)));
    }
}
