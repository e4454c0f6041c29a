using Integra.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.Admin.Services;

/// <summary>What the audit log screen and its CSV export filter by. Dates are local days of the site's time zone, both inclusive.</summary>
public sealed class AuditFilter
{
    public string? User { get; set; }
    public string? Module { get; set; }
    public string? Action { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(User) && string.IsNullOrWhiteSpace(Module) && string.IsNullOrWhiteSpace(Action) && From is null && To is null;

    /// <summary>The filter as a query string, for paging links and the export link.</summary>
    public Dictionary<string, string?> ToQuery() => new()
    {
        ["user"] = Blank(User),
        ["module"] = Blank(Module),
        ["action"] = Blank(Action),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Reads the kernel's audit log, newest first, through the filters staff set.</summary>
public sealed class AuditLogQuery(CoreDbContext db, SiteClock clock)
{
    public const int PageSize = 50;

    public async Task<IQueryable<AuditEntry>> FilterAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim().ToLower();
            query = query.Where(a => a.UserName != null && a.UserName.ToLower().Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(filter.Module))
        {
            var module = filter.Module.Trim();
            query = query.Where(a => a.Module == module);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim().ToLower();
            query = query.Where(a => a.Action.ToLower().Contains(action));
        }

        if (filter.From is not null || filter.To is not null)
        {
            var zone = await clock.GetZoneAsync(cancellationToken);
            if (filter.From is { } from)
            {
                var fromUtc = SiteClock.StartOfDayUtc(from, zone);
                query = query.Where(a => a.Utc >= fromUtc);
            }

            if (filter.To is { } to)
            {
                var untilUtc = SiteClock.StartOfDayUtc(to.AddDays(1), zone);
                query = query.Where(a => a.Utc < untilUtc);
            }
        }

        return query.OrderByDescending(a => a.Utc).ThenByDescending(a => a.Id);
    }

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> PageAsync(AuditFilter filter, int page, CancellationToken cancellationToken)
    {
        var query = await FilterAsync(filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (entries, total);
    }

    public Task<List<string>> ModulesAsync(CancellationToken cancellationToken) =>
        db.AuditEntries.Select(a => a.Module).Distinct().OrderBy(m => m).ToListAsync(cancellationToken);
}
