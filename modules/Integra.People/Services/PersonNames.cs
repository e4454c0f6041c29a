using System.Globalization;
using System.Text;
using Integra.Core.Localization;

namespace Integra.People.Services;

/// <summary>
/// Names as the duplicate check compares them: the same name typed on a phone without Albanian or Serbian
/// letters, in capitals, or in Cyrillic, gives the same key ("Arbër Krasniqi", "ARBER KRASNIQI";
/// "Đorđe Jovanović", "Djordje Jovanovic", "Ђорђе Јовановић").
/// </summary>
public static class PersonNames
{
    /// <summary>Lower case, Latin script, without diacritics (đ becomes dj), single spaces between words.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        // đ is a letter of its own, not d with a mark: its usual spelling without diacritics is "dj".
        var latin = SerbianTransliterator.ToLatin(name.Trim()).ToLowerInvariant().Replace("đ", "dj", StringComparison.Ordinal);
        var result = new StringBuilder(latin.Length);
        var pendingSpace = false;
        foreach (var c in latin.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && result.Length > 0)
                {
                    result.Append(' ');
                }

                pendingSpace = false;
                result.Append(c);
            }
            else
            {
                // Spaces, hyphens and apostrophes separate words however they were typed.
                pendingSpace = true;
            }
        }

        return result.ToString();
    }

    /// <summary>What name searches compare: first and last name normalized, or null when there is no name.</summary>
    public static string? SearchText(string? firstName, string? lastName)
    {
        var text = $"{Normalize(firstName)} {Normalize(lastName)}".Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The key two records must share to be possible duplicates by name; empty when either name is missing.</summary>
    public static string Key(string? firstName, string? lastName)
    {
        var first = Normalize(firstName);
        var last = Normalize(lastName);
        return first.Length == 0 || last.Length == 0 ? string.Empty : first + "|" + last;
    }
}
