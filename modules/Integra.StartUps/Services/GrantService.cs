using Integra.Core.Audit;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Services;

/// <summary>What staff record about the co-financing; amounts in EUR.</summary>
public sealed record CoFinancing(
    bool BeneficiaryPaid, DateOnly? BeneficiaryPaidOn, decimal BeneficiaryAmount,
    bool MunicipalCommitted, bool MunicipalPaid, DateOnly? MunicipalPaidOn, decimal MunicipalAmount);

/// <summary>What staff change in a recorded hand-over; <paramref name="Revision"/> is the grant's as the form showed it.</summary>
public sealed record HandoverChange(DateOnly? DeliveredOn, string? Notes, Guid Revision);

/// <summary>
/// An awarded business's grant: the equipment list within the call's in-kind ceiling, the co-financing, the purchase
/// and the hand-over that moves the beneficiary to equipment delivered. Every refusal is a localized sentence and
/// leaves nothing saved.
/// </summary>
public sealed class GrantService(
    StartUpsDbContext db,
    GrantFiles files,
    BeneficiaryTransitions transitions,
    AuditLog audit,
    IHttpContextAccessor http,
    TimeProvider clock,
    IStringLocalizer<GrantService> T)
{
    /// <summary>The call's settings, or the defaults (EUR 2,100 in kind, 100 and 300 co-financing) while staff have set none.</summary>
    public async Task<StartUpCallSettings> SettingsAsync(long callSetupId, CancellationToken cancellationToken) =>
        await db.CallSettings.AsNoTracking().FirstOrDefaultAsync(s => s.CallSetupId == callSetupId, cancellationToken)
            ?? new StartUpCallSettings { CallSetupId = callSetupId };

    /// <summary>The beneficiary's grant record, new (with the call's shares) when nothing was recorded yet.</summary>
    public async Task<Grant> GrantAsync(Beneficiary beneficiary, CancellationToken cancellationToken)
    {
        var grant = await db.Grants.FirstOrDefaultAsync(g => g.BeneficiaryId == beneficiary.Id, cancellationToken);
        if (grant is not null)
        {
            return grant;
        }

        var settings = await SettingsAsync(beneficiary.CallSetupId, cancellationToken);
        return new Grant { BeneficiaryId = beneficiary.Id, BeneficiaryAmount = settings.BeneficiaryShare, MunicipalAmount = settings.MunicipalShare };
    }

    public Task<List<EquipmentItem>> EquipmentAsync(long beneficiaryId, CancellationToken cancellationToken) =>
        db.Equipment.AsNoTracking().Where(e => e.BeneficiaryId == beneficiaryId).OrderBy(e => e.Id).ToListAsync(cancellationToken);

    public async Task<string?> AddEquipmentAsync(long beneficiaryId, string? item, string? supplier, int quantity, decimal unitCost, CancellationToken cancellationToken)
    {
        var (beneficiary, error) = await EditableAsync(beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return error;
        }

        item = item?.Trim();
        supplier = string.IsNullOrWhiteSpace(supplier) ? null : supplier.Trim();
        if (string.IsNullOrEmpty(item) || item.Length > GrantLimits.Item || supplier is { Length: > GrantLimits.Item })
        {
            return T["Name the item; the item and its supplier take at most {0} characters each.", GrantLimits.Item];
        }

        if (quantity is < 1 or > GrantLimits.MaxQuantity || unitCost <= 0 || unitCost > GrantLimits.MaxUnitCost || decimal.Round(unitCost, 2) != unitCost)
        {
            return T["Give a quantity from 1 to {0} and a unit cost in euros above zero, with at most two decimals.", GrantLimits.MaxQuantity];
        }

        var settings = await SettingsAsync(beneficiary.CallSetupId, cancellationToken);
        var listed = (await EquipmentAsync(beneficiaryId, cancellationToken)).Sum(e => e.Total);
        var total = listed + quantity * unitCost;
        if (total > settings.ProjectInKind)
        {
            return T["This would bring the equipment to EUR {0}, above the call's in-kind ceiling of EUR {1} (EUR {2} left). Nothing was saved.",
                Money(total), Money(settings.ProjectInKind), Money(Math.Max(0, settings.ProjectInKind - listed))];
        }

        db.Equipment.Add(new EquipmentItem { BeneficiaryId = beneficiaryId, Item = item, Supplier = supplier, Quantity = quantity, UnitCost = unitCost, CreatedUtc = Now });
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(StartUpsModule.Id, "grant.equipment.add", Subject(beneficiary), $"{quantity} × {item} @ {Money(unitCost)}", cancellationToken);
        return null;
    }

    public async Task<string?> RemoveEquipmentAsync(long beneficiaryId, long itemId, CancellationToken cancellationToken)
    {
        var (beneficiary, error) = await EditableAsync(beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return error;
        }

        var item = await db.Equipment.FirstOrDefaultAsync(e => e.Id == itemId && e.BeneficiaryId == beneficiaryId, cancellationToken);
        if (item is null)
        {
            return T["This item is not on the list."];
        }

        db.Equipment.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(StartUpsModule.Id, "grant.equipment.remove", Subject(beneficiary), item.Item, cancellationToken);
        return null;
    }

    public async Task<string?> SaveCoFinancingAsync(long beneficiaryId, CoFinancing input, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null || !HasGrant(beneficiary.Status))
        {
            return T["Only an awarded business has a grant."];
        }

        if (input.BeneficiaryAmount < 0 || input.MunicipalAmount < 0 || input.BeneficiaryAmount > GrantLimits.MaxUnitCost || input.MunicipalAmount > GrantLimits.MaxUnitCost)
        {
            return T["Give the amounts in euros, zero or more."];
        }

        if ((input.BeneficiaryPaid && input.BeneficiaryPaidOn is null) || (input.MunicipalPaid && input.MunicipalPaidOn is null))
        {
            return T["Give the date of each payment recorded as paid."];
        }

        if (input.MunicipalPaid && !input.MunicipalCommitted)
        {
            return T["A municipality pays what it committed: tick committed too."];
        }

        var grant = await GrantAsync(beneficiary, cancellationToken);
        grant.BeneficiaryPaid = input.BeneficiaryPaid;
        grant.BeneficiaryPaidOn = input.BeneficiaryPaid ? input.BeneficiaryPaidOn : null;
        grant.BeneficiaryAmount = input.BeneficiaryAmount;
        grant.MunicipalCommitted = input.MunicipalCommitted;
        grant.MunicipalPaid = input.MunicipalPaid;
        grant.MunicipalPaidOn = input.MunicipalPaid ? input.MunicipalPaidOn : null;
        grant.MunicipalAmount = input.MunicipalAmount;
        return await SaveAsync(grant, beneficiary, "grant.cofinancing", cancellationToken);
    }

    public async Task<string?> SetProcurementAsync(long beneficiaryId, ProcurementStatus status, CancellationToken cancellationToken)
    {
        var (beneficiary, error) = await EditableAsync(beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return error;
        }

        var grant = await GrantAsync(beneficiary, cancellationToken);
        grant.Procurement = status;
        return await SaveAsync(grant, beneficiary, "grant.procurement", cancellationToken);
    }

    /// <summary>
    /// Records the hand-over (day, signed protocol, photos), then moves the beneficiary to equipment delivered. The
    /// files are all checked before anything is written; if the move is refused, the hand-over is taken back.
    /// </summary>
    public async Task<string?> DeliverAsync(long beneficiaryId, DateOnly? deliveredOn, string? notes, IFormFile? protocol, IReadOnlyList<IFormFile> photos, CancellationToken cancellationToken)
    {
        var (beneficiary, error) = await EditableAsync(beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return error;
        }

        if (!BeneficiaryWorkflow.Machine.CanFire(beneficiary.Status, BeneficiaryTrigger.DeliverEquipment))
        {
            return T["Only an awarded business can receive its equipment."];
        }

        if (deliveredOn is null || deliveredOn > DateOnly.FromDateTime(Now.AddDays(1)))
        {
            return T["Give the day of the hand-over (not in the future)."];
        }

        if ((await EquipmentAsync(beneficiaryId, cancellationToken)).Count == 0)
        {
            return T["List the equipment before recording its delivery."];
        }

        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (notes is { Length: > GrantLimits.Notes })
        {
            return T["The notes are too long: at most {0} characters.", GrantLimits.Notes];
        }

        if (protocol is null)
        {
            return T["Upload the signed hand-over protocol."];
        }

        if (photos.Count > GrantLimits.MaxPhotos)
        {
            return T["At most {0} photos.", GrantLimits.MaxPhotos];
        }

        var (protocolFile, protocolError) = await files.StageAsync(protocol, GrantFiles.ProtocolTypes, cancellationToken);
        if (protocolFile is null)
        {
            return protocolError;
        }

        var (stagedPhotos, photoError) = await files.StageAllAsync(photos, GrantFiles.PhotoTypes, cancellationToken, protocolFile);
        if (photoError is not null)
        {
            return photoError;
        }

        var grant = await GrantAsync(beneficiary, cancellationToken);
        grant.DeliveredOn = deliveredOn;
        grant.HandoverNotes = notes;
        grant.Procurement = ProcurementStatus.Received;
        var kept = new List<string>();
        if (await SaveWithHandoverFilesAsync(grant, beneficiary, protocolFile, stagedPhotos, kept, cancellationToken) is { } saveError)
        {
            return saveError;
        }

        db.ChangeTracker.Clear();
        var moved = await transitions.FireAsync(beneficiaryId, BeneficiaryTrigger.DeliverEquipment, notes, cancellationToken);
        if (moved.Succeeded)
        {
            return null;
        }

        db.ChangeTracker.Clear();
        await db.GrantFiles.Where(f => f.BeneficiaryId == beneficiaryId && f.VisitId == null).ExecuteDeleteAsync(cancellationToken);
        kept.ForEach(files.Discard);
        var undo = await db.Grants.FirstAsync(g => g.BeneficiaryId == beneficiaryId, cancellationToken);
        undo.DeliveredOn = null;
        undo.Revision = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return moved.Error;
    }

    /// <summary>
    /// Corrects a recorded hand-over: its day and notes, checked as when it was recorded; a new scan of the signed
    /// protocol replaces the old one; photos are added. The beneficiary's status does not change. The audit log
    /// says what changed.
    /// </summary>
    public async Task<string?> EditHandoverAsync(long beneficiaryId, HandoverChange change, IFormFile? protocol, IReadOnlyList<IFormFile> photos, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        var grant = beneficiary is null ? null : await db.Grants.FirstOrDefaultAsync(g => g.BeneficiaryId == beneficiaryId, cancellationToken);
        if (beneficiary is null || grant?.DeliveredOn is not { } before)
        {
            return T["Only a recorded hand-over can be changed."];
        }

        if (grant.Revision != change.Revision)
        {
            return T["Someone else changed this grant meanwhile. Reload the page and try again."];
        }

        if (change.DeliveredOn is not { } deliveredOn || deliveredOn > DateOnly.FromDateTime(Now.AddDays(1)))
        {
            return T["Give the day of the hand-over (not in the future)."];
        }

        var notes = string.IsNullOrWhiteSpace(change.Notes) ? null : change.Notes.Trim();
        if (notes is { Length: > GrantLimits.Notes })
        {
            return T["The notes are too long: at most {0} characters.", GrantLimits.Notes];
        }

        var handoverFiles = await db.GrantFiles.Where(f => f.BeneficiaryId == beneficiaryId && f.VisitId == null).ToListAsync(cancellationToken);
        if (handoverFiles.Count(f => f.Kind == GrantFileKind.HandoverPhoto) + photos.Count > GrantLimits.MaxPhotos)
        {
            return T["At most {0} photos.", GrantLimits.MaxPhotos];
        }

        StagedFile? protocolFile = null;
        if (protocol is not null)
        {
            (protocolFile, var protocolError) = await files.StageAsync(protocol, GrantFiles.ProtocolTypes, cancellationToken);
            if (protocolFile is null)
            {
                return protocolError;
            }
        }

        var (stagedPhotos, photoError) = await files.StageAllAsync(photos, GrantFiles.PhotoTypes, cancellationToken, protocolFile is null ? [] : [protocolFile]);
        if (photoError is not null)
        {
            return photoError;
        }

        var changed = new List<string>();
        if (deliveredOn != before)
        {
            changed.Add($"day {FormValues.Iso(before)} → {FormValues.Iso(deliveredOn)}");
        }

        if (notes != grant.HandoverNotes)
        {
            changed.Add("notes");
        }

        var replaced = protocolFile is null ? [] : handoverFiles.Where(f => f.Kind == GrantFileKind.HandoverProtocol).ToList();
        if (protocolFile is not null)
        {
            changed.Add("protocol replaced");
        }

        if (stagedPhotos.Count > 0)
        {
            changed.Add($"{stagedPhotos.Count} photo(s) added");
        }

        if (changed.Count == 0)
        {
            return null;
        }

        grant.DeliveredOn = deliveredOn;
        grant.HandoverNotes = notes;
        db.GrantFiles.RemoveRange(replaced);
        if (await SaveWithHandoverFilesAsync(grant, beneficiary, protocolFile, stagedPhotos, [], cancellationToken) is { } saveError)
        {
            return saveError;
        }

        replaced.ForEach(f => files.Discard(files.PathOf(f)));
        await audit.WriteAsync(StartUpsModule.Id, "grant.handover.edit", Subject(beneficiary), string.Join("; ", changed), cancellationToken);
        return null;
    }

    /// <summary>
    /// Saves the grant and keeps the hand-over's files with it, in one transaction: a protocol scan (when there is a new
    /// one) and photos. <paramref name="kept"/> lists where they went, for a caller that may have to undo.
    /// </summary>
    private Task<string?> SaveWithHandoverFilesAsync(Grant grant, Beneficiary beneficiary, StagedFile? protocol, List<StagedFile> photos, List<string> kept, CancellationToken cancellationToken) =>
        files.SaveWithFilesAsync(
            protocol is null ? photos : [protocol, .. photos],
            kept,
            () => SaveAsync(grant, beneficiary, null, cancellationToken),
            async () =>
            {
                if (protocol is not null)
                {
                    kept.AddRange(await files.KeepAsync(beneficiary.Id, null, GrantFileKind.HandoverProtocol, [protocol], UserName, cancellationToken));
                }

                kept.AddRange(await files.KeepAsync(beneficiary.Id, null, GrantFileKind.HandoverPhoto, photos, UserName, cancellationToken));
            },
            cancellationToken);

    /// <summary>Grants exist from the award on, for as long as the business is followed.</summary>
    public static bool HasGrant(BeneficiaryStatus status) =>
        status is BeneficiaryStatus.Awarded or BeneficiaryStatus.EquipmentDelivered or BeneficiaryStatus.Registered
            or BeneficiaryStatus.Active or BeneficiaryStatus.Struggling or BeneficiaryStatus.Closed;

    public static string Money(decimal amount) => amount.ToString("#,##0.00", System.Globalization.CultureInfo.CurrentCulture);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string? UserName => http.HttpContext?.User.Identity?.Name;

    private static string Subject(Beneficiary beneficiary) => beneficiary.Reference ?? $"#{beneficiary.Id}";

    /// <summary>The equipment list and the purchase change only while the business is awarded and not yet equipped.</summary>
    private async Task<(Beneficiary? Beneficiary, string? Error)> EditableAsync(long beneficiaryId, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        return beneficiary?.Status == BeneficiaryStatus.Awarded
            ? (beneficiary, null)
            : (null, T["The equipment can be changed only while the business is awarded and not yet equipped."]);
    }

    private async Task<string?> SaveAsync(Grant grant, Beneficiary beneficiary, string? auditAction, CancellationToken cancellationToken)
    {
        if (db.Entry(grant).State == EntityState.Detached)
        {
            db.Grants.Add(grant);
        }

        grant.UpdatedUtc = Now;
        grant.Revision = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return T["Someone else changed this grant meanwhile. Reload the page and try again."];
        }

        if (auditAction is not null)
        {
            await audit.WriteAsync(StartUpsModule.Id, auditAction, Subject(beneficiary), null, cancellationToken);
        }

        return null;
    }
}
