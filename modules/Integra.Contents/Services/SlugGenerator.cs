using System.Globalization;
using System.Text;

namespace Integra.Contents.Services;

/// <summary>
/// URL slugs from titles in any of the site's languages: Albanian and Serbian Latin letters are folded to
/// ASCII (ë→e, ç→c, š→s, đ→dj) and Serbian Cyrillic is transliterated to Latin first.
/// </summary>
public static class SlugGenerator
{
    private static readonly Dictionary<char, string> Folds = new()
    {
        ['đ'] = "dj", ['Đ'] = "dj", ['ð'] = "d", ['ß'] = "ss", ['æ'] = "ae", ['ø'] = "o", ['ł'] = "l",
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['ђ'] = "dj", ['е'] = "e", ['ж'] = "z",
        ['з'] = "z", ['и'] = "i", ['ј'] = "j", ['к'] = "k", ['л'] = "l", ['љ'] = "lj", ['м'] = "m", ['н'] = "n",
        ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "c", ['у'] = "u",
        ['ф'] = "f", ['х'] = "h", ['ц'] = "c", ['ч'] = "c", ['џ'] = "dz", ['ш'] = "s",
    };

    public static string Slugify(string text)
    {
        var result = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.ToLowerInvariant())
        {
            var folded = Fold(c);
            foreach (var f in folded)
            {
                if (char.IsAsciiLetterOrDigit(f))
                {
                    if (dash && result.Length > 0)
                    {
                        result.Append('-');
                    }

                    result.Append(f);
                    dash = false;
                }
                else
                {
                    dash = true;
                }
            }
        }

        return result.ToString();
    }

    /// <summary>A slug cut to the maximum length at a word boundary where possible.</summary>
    public static string Truncate(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug[..maxLength];
        var lastDash = cut.LastIndexOf('-');
        return (lastDash > maxLength / 2 ? cut[..lastDash] : cut).Trim('-');
    }

    private static string Fold(char c)
    {
        if (Folds.TryGetValue(c, out var folded))
        {
            return folded;
        }

        if (char.IsAscii(c))
        {
            return c.ToString();
        }

        // Letters with diacritics (ë, ç, š, č, ć, ž) decompose into an ASCII letter and a combining mark.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder();
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark && char.IsAscii(d))
            {
                ascii.Append(d);
            }
        }

        return ascii.Length > 0 ? ascii.ToString() : "-";
    }
}
