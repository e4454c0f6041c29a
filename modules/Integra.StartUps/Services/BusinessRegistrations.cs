using Integra.Core.Audit;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Services;

/// <summary>The equipped business's registration (number, day, sector, jobs), recorded before it moves to registered.</summary>
public sealed class BusinessRegistrations(
    StartUpsDbContext db,
    BeneficiaryTransitions transitions,
    AuditLog audit,
    IHttpContextAccessor http,
    TimeProvider clock,
    IStringLocalizer<BusinessRegistrations> T)
{
    public Task<BusinessRegistration?> OfAsync(long beneficiaryId, CancellationToken cancellationToken) =>
        db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.BeneficiaryId == beneficiaryId, cancellationToken);

    public async Task<string?> RegisterAsync(long beneficiaryId, string? number, DateOnly? registeredOn, string? sector, int jobsCreated, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null || !BeneficiaryWorkflow.Machine.CanFire(beneficiary.Status, BeneficiaryTrigger.Register))
        {
            return T["Only a business whose equipment was delivered can be registered."];
        }

        number = number?.Trim();
        if (string.IsNullOrEmpty(number) || number.Length > GrantLimits.Number)
        {
            return T["Give the business registration number (at most {0} characters).", GrantLimits.Number];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (registeredOn is null || registeredOn > DateOnly.FromDateTime(now.AddDays(1)))
        {
            return T["Give the day the business was registered (not in the future)."];
        }

        if (sector is null || Sectors.Options.All(o => o.Value != sector))
        {
            return T["Choose the business's sector."];
        }

        if (jobsCreated is < 0 or > 1000)
        {
            return T["Give the number of jobs created, from 0 to 1000."];
        }

        if (await db.Registrations.AnyAsync(r => r.Number == number && r.BeneficiaryId != beneficiaryId, cancellationToken))
        {
            return T["Another business is already recorded with registration number {0}.", number];
        }

        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.BeneficiaryId == beneficiaryId, cancellationToken);
        if (registration is null)
        {
            registration = new BusinessRegistration { BeneficiaryId = beneficiaryId, Number = number, Sector = sector };
            db.Registrations.Add(registration);
        }

        registration.Number = number;
        registration.RegisteredOn = registeredOn.Value;
        registration.Sector = sector;
        registration.JobsCreated = jobsCreated;
        registration.RecordedUtc = now;
        registration.RecordedBy = http.HttpContext?.User.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var moved = await transitions.FireAsync(beneficiaryId, BeneficiaryTrigger.Register, null, cancellationToken);
        if (!moved.Succeeded)
        {
            await db.Registrations.Where(r => r.BeneficiaryId == beneficiaryId).ExecuteDeleteAsync(cancellationToken);
            return moved.Error;
        }

        await audit.WriteAsync(StartUpsModule.Id, "business.register", beneficiary.Reference ?? $"#{beneficiary.Id}", number, cancellationToken);
        return null;
    }
}
