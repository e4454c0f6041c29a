using Integra.Core.Audit;
using Integra.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.Core.Settings;

/// <summary>The site-wide settings row: name, cultures, time zone, contact details, security switches.</summary>
public sealed class SiteSettingsService(CoreDbContext db, AuditLog audit)
{
    public async Task<SiteSettingsRecord> GetAsync(CancellationToken cancellationToken = default) =>
        await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, cancellationToken) ?? new SiteSettingsRecord { Id = 1 };

    /// <summary>Saves the settings; throws <see cref="DbUpdateConcurrencyException"/> when someone saved in between.</summary>
    public async Task SaveAsync(SiteSettingsRecord edited, Guid loadedRevision, CancellationToken cancellationToken = default)
    {
        var row = await db.SiteSettings.SingleOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (row is null)
        {
            row = new SiteSettingsRecord { Id = 1 };
            db.SiteSettings.Add(row);
        }
        else
        {
            db.Entry(row).Property(r => r.Revision).OriginalValue = loadedRevision;
        }

        row.SiteName = edited.SiteName.Trim();
        row.DefaultCulture = edited.DefaultCulture;
        row.Cultures = edited.Cultures;
        row.TimeZone = edited.TimeZone;
        row.ContactEmail = edited.ContactEmail?.Trim();
        row.ContactPhone = edited.ContactPhone?.Trim();
        row.ContactAddress = edited.ContactAddress?.Trim();
        row.RequireTwoFactorForStaff = edited.RequireTwoFactorForStaff;
        row.Revision = Guid.NewGuid();
        audit.Add("Settings", "Site settings saved", row.SiteName, $"Two-factor for staff: {row.RequireTwoFactorForStaff}; time zone: {row.TimeZone}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
