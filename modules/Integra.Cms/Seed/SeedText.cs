using Integra.Core.Localization;

namespace Integra.Cms.Seed;

/// <summary>
/// A seed text in Albanian, Serbian (Latin) and English. Serbian Cyrillic is transliterated from the Latin text;
/// proper names that stay in Latin script everywhere are written as {tokens} and put back after transliteration.
/// </summary>
public sealed record SeedText(string Sq, string Sr, string En)
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["{PH}"] = "„Perspektive Heimat”",
        ["{BMZ}"] = "BMZ",
        ["{PREDA}"] = "PREDA Plus Kosovo",
        ["{WENT}"] = "Wentrepreneur Kosovo",
        ["{ASB}"] = "Arbeiter-Samariter-Bund (ASB)",
        ["{CEC}"] = "CEC",
    };

    public static SeedText Same(string text) => new(text, text, text);

    public string For(string culture) => culture switch
    {
        Cultures.Albanian => Names.Aggregate(Sq, Restore),
        Cultures.SerbianLatin => Names.Aggregate(Sr, Restore),
        Cultures.SerbianCyrillic => Names.Aggregate(SerbianTransliterator.ToCyrillic(Sr), Restore),
        _ => Names.Aggregate(En, Restore),
    };

    private static string Restore(string text, KeyValuePair<string, string> name) => text.Replace(name.Key, name.Value, StringComparison.Ordinal);
}
