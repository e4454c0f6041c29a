using Integra.Core.Settings;

namespace Integra.Admin.Services;

/// <summary>
/// The site's local time. Times are stored in UTC; staff read and enter them in the time zone of the site
/// settings (Europe/Belgrade unless changed).
/// </summary>
public sealed class SiteClock(SiteSettingsService settings)
{
    public const string DefaultTimeZone = "Europe/Belgrade";

    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> GetZoneAsync(CancellationToken cancellationToken) =>
        _zone ??= FindZone((await settings.GetAsync(cancellationToken)).TimeZone);

    /// <summary>The named zone; a name this machine does not know falls back to the default zone, then to UTC.</summary>
    public static TimeZoneInfo FindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone
        : TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out var fallback) ? fallback
        : TimeZoneInfo.Utc;

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>The UTC instant at which the local day begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where clocks jump forward at midnight, the day begins at the first minute that exists.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
