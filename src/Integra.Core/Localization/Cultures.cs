using System.Collections.Frozen;
using System.Globalization;

namespace Integra.Core.Localization;

/// <summary>The cultures Integra serves. Albanian is the default; Serbian comes in both scripts.</summary>
public static class Cultures
{
    public const string Albanian = "sq";
    public const string SerbianLatin = "sr-Latn";
    public const string SerbianCyrillic = "sr-Cyrl";
    public const string English = "en";
    public const string Default = Albanian;

    public static readonly IReadOnlyList<string> All = [Albanian, SerbianLatin, SerbianCyrillic, English];

    /// <summary>
    /// Serbian writes a day's month in the genitive ("5. decembra 2026."), a month on its own in the nominative
    /// ("decembar 2026."). The platform's data has only the nominative, so these are given as genitive names,
    /// which .NET uses exactly when a format puts a day number next to the month.
    /// </summary>
    private static readonly string[] SerbianGenitiveMonths =
        ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra"];

    private static readonly FrozenDictionary<string, CultureInfo> Infos =
        All.ToFrozenDictionary(culture => culture, Create, StringComparer.OrdinalIgnoreCase);

    /// <summary>Each culture's name in its own language, for the language switcher.</summary>
    public static string NativeName(string culture) => culture switch
    {
        Albanian => "Shqip",
        SerbianLatin => "Srpski",
        SerbianCyrillic => "Српски",
        English => "English",
        _ => culture,
    };

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The canonical spelling of a supported culture name, or null.</summary>
    public static string? Normalize(string? culture) => All.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A text given per culture, in <paramref name="culture"/>: its own if written, for Serbian Cyrillic the Latin one
    /// transliterated; null when neither is there, for the caller's own fallback.
    /// </summary>
    public static string? TextFor(IReadOnlyDictionary<string, string> texts, string culture)
    {
        if (texts.TryGetValue(culture, out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        return culture == SerbianCyrillic && texts.TryGetValue(SerbianLatin, out var latin) && !string.IsNullOrWhiteSpace(latin)
            ? SerbianTransliterator.ToCyrillic(latin)
            : null;
    }

    /// <summary>The read-only culture to format with: the platform's, with Serbian month names and the Albanian clock as used in Kosovo.</summary>
    public static CultureInfo Info(string culture) => Infos.TryGetValue(culture, out var info) ? info : CultureInfo.GetCultureInfo(culture);

    private static CultureInfo Create(string culture)
    {
        var info = (CultureInfo)CultureInfo.GetCultureInfo(culture).Clone();
        string[]? genitive = culture switch
        {
            SerbianLatin => SerbianGenitiveMonths,
            SerbianCyrillic => [.. SerbianGenitiveMonths.Select(SerbianTransliterator.ToCyrillic)],
            _ => null,
        };
        if (genitive is not null)
        {
            // A thirteenth, empty name for the calendars that have a thirteenth month.
            info.DateTimeFormat.MonthGenitiveNames = [.. genitive, string.Empty];
        }

        if (culture == Albanian)
        {
            // Albanian as written in Kosovo (sq-XK) tells the time on the 24-hour clock, not Albania's "4:00 e pasdites".
            var kosovo = CultureInfo.GetCultureInfo("sq-XK").DateTimeFormat;
            info.DateTimeFormat.ShortTimePattern = kosovo.ShortTimePattern;
            info.DateTimeFormat.LongTimePattern = kosovo.LongTimePattern;
        }

        if (culture == English)
        {
            // English as read in Europe: the day before the month and the 24-hour clock (19/04/2027 16:00), not the
            // United States' 4/19/2027 4:00 PM.
            info.DateTimeFormat = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.Clone();
        }

        return CultureInfo.ReadOnly(info);
    }
}
