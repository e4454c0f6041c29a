using System.Globalization;
using Integra.Core.Localization;

namespace Integra.Cms.Services;

/// <summary>Dates as each language writes them (Serbian "16. decembra 2025. u 16:00", Albanian "16 dhjetor 2025, ora 16:00").</summary>
public static class LocalDisplay
{
    public static string DateTime(System.DateTime local) => local.ToString(Culture switch
    {
        Cultures.SerbianLatin => "d. MMMM yyyy. 'u' HH:mm",
        Cultures.SerbianCyrillic => "d. MMMM yyyy. 'у' HH:mm",
        Cultures.Albanian => "d MMMM yyyy', ora' HH:mm",
        _ => "d MMMM yyyy, HH:mm",
    }, CultureInfo.CurrentCulture);

    public static string Date(System.DateTime local) => local.ToString(Culture is Cultures.SerbianLatin or Cultures.SerbianCyrillic ? "d. MMMM yyyy." : "d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Month(DateOnly month)
    {
        var text = month.ToString(Culture is Cultures.SerbianLatin or Cultures.SerbianCyrillic ? "MMMM yyyy." : "MMMM yyyy", CultureInfo.CurrentCulture);
        return text.Length > 0 ? char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..] : text;
    }

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    /// <summary>ISO 8601 in UTC for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Machine(System.DateTime utc) => System.DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string Culture => CultureInfo.CurrentUICulture.Name;
}
