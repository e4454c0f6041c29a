using System.Globalization;

namespace Integra.StartUps.Services;

/// <summary>
/// Numbers and days as staff type them: model binding reads numbers in the page's culture, where "12.50" can mean
/// 1250, so the component's forms take text and read it here the same way in every language.
/// </summary>
public static class FormValues
{
    /// <summary>
    /// Euros with a comma or a point as decimal separator. Amounts have cents, never thousandths, so a last separator
    /// followed by exactly three digits ("2.100", "2,100") separates thousands.
    /// </summary>
    public static decimal? Money(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        var separator = cleaned.LastIndexOfAny([',', '.']);
        if (separator >= 0 && cleaned.Length - separator - 1 == 3)
        {
            cleaned = cleaned.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        }
        else if (separator >= 0)
        {
            cleaned = cleaned[..separator].Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) + "." + cleaned[(separator + 1)..];
        }

        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
