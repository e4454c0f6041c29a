using Integra.Core.Settings;

namespace Integra.Cms.Services;

/// <summary>Shows UTC times in the site's time zone (Europe/Belgrade unless the settings say otherwise), whatever the server's own zone.</summary>
public sealed class SiteTime(SiteSettingsService settings)
{
    public const string DefaultTimeZone = "Europe/Belgrade";

    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken)
    {
        if (_zone is null)
        {
            var id = (await settings.GetAsync(cancellationToken)).TimeZone;
            _zone = TimeZoneInfo.TryFindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? DefaultTimeZone : id, out var zone)
                ? zone
                : TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZone);
        }

        return _zone;
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
