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

    public static CultureInfo Info(string culture) => CultureInfo.GetCultureInfo(culture);
}
