using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Integra.Core.Settings;

/// <summary>The site-wide settings row: name, cultures, time zone, contact details, security switches.</summary>
/// <remarks>
/// Every page reads the settings, so they are cached per shell version: saving bumps the version, which every
/// node notices within seconds and so reloads them.
/// </remarks>
public sealed class SiteSettingsService(CoreDbContext db, AuditLog audit, IMemoryCache cache, FeatureState state)
{
    public async Task<SiteSettingsRecord> GetAsync(CancellationToken cancellationToken = default)
    {
        var key = (typeof(SiteSettingsRecord), state.Version);
        if (!cache.TryGetValue(key, out SiteSettingsRecord? settings) || settings is null)
        {
            settings = await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, cancellationToken) ?? new SiteSettingsRecord { Id = 1 };
            cache.Set(key, settings, TimeSpan.FromMinutes(10));
        }

        // A copy, so that no caller can change what other requests read.
        return Copy(settings);
    }

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
        var shell = await db.ShellState.SingleAsync(s => s.Id == 1, cancellationToken);
        shell.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await state.RefreshAsync(db, cancellationToken);
    }

    private static SiteSettingsRecord Copy(SiteSettingsRecord s) => new()
    {
        Id = s.Id,
        SiteName = s.SiteName,
        DefaultCulture = s.DefaultCulture,
        Cultures = s.Cultures,
        TimeZone = s.TimeZone,
        ContactEmail = s.ContactEmail,
        ContactPhone = s.ContactPhone,
        ContactAddress = s.ContactAddress,
        RequireTwoFactorForStaff = s.RequireTwoFactorForStaff,
        Revision = s.Revision,
    };
}
