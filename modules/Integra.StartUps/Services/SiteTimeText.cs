using System.Globalization;
using Integra.Cms.Services;

namespace Integra.StartUps.Services;

/// <summary>Session times as people in Kosovo read them: in the site's time zone, in the reader's culture.</summary>
public static class SiteTimeText
{
    public static string Format(DateTime utc, TimeZoneInfo zone) => SiteTime.ToLocal(utc, zone).ToString("g", CultureInfo.CurrentCulture);
}
