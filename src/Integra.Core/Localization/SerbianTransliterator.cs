using System.Text;

namespace Integra.Core.Localization;

/// <summary>
/// Serbian Latin to Cyrillic. The mapping is one letter to one letter, except the digraphs lj, nj and dž,
/// which are single Cyrillic letters. Placeholders (<c>{0}</c>), HTML tags and entities are left alone.
/// </summary>
public static class SerbianTransliterator
{
    private static readonly Dictionary<string, string> Digraphs = new(StringComparer.Ordinal)
    {
        ["lj"] = "љ", ["Lj"] = "Љ", ["LJ"] = "Љ",
        ["nj"] = "њ", ["Nj"] = "Њ", ["NJ"] = "Њ",
        ["dž"] = "џ", ["Dž"] = "Џ", ["DŽ"] = "Џ",
    };

    private static readonly Dictionary<char, char> Letters = Map(
        "abvgdđežzijklmnoprstćufhcčš",
        "абвгдђежзијклмнопрстћуфхцчш");

    public static string ToCyrillic(string latin)
    {
        var result = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var c = latin[i];
            var end = KeptSpanEnd(latin, i);
            if (end > i)
            {
                result.Append(latin, i, end - i + 1);
                i = end;
                continue;
            }

            if (char.IsLetter(c) && (i == 0 || !char.IsLetter(latin[i - 1])))
            {
                var wordEnd = i;
                while (wordEnd < latin.Length && char.IsLetter(latin[wordEnd]))
                {
                    wordEnd++;
                }

                if (latin.AsSpan(i, wordEnd - i).IndexOfAny("wqxyWQXY") >= 0)
                {
                    result.Append(latin, i, wordEnd - i);
                    i = wordEnd - 1;
                    continue;
                }
            }

            if (i + 1 < latin.Length && Digraphs.TryGetValue(latin.Substring(i, 2), out var digraph))
            {
                result.Append(digraph);
                i++;
                continue;
            }

            result.Append(Letters.TryGetValue(c, out var cyrillic) ? cyrillic : c);
        }

        return result.ToString();
    }

    /// <summary>
    /// Serbian Cyrillic to Latin, for text people typed (names): every Cyrillic letter becomes its Latin letter or
    /// digraph (љ → lj, џ → dž); anything else, Latin included, is left as it is.
    /// </summary>
    public static string ToLatin(string cyrillic)
    {
        var result = new StringBuilder(cyrillic.Length);
        for (var i = 0; i < cyrillic.Length; i++)
        {
            var c = cyrillic[i];
            if (!LatinOf.TryGetValue(c, out var latin))
            {
                result.Append(c);
                continue;
            }

            // An upper-case digraph letter inside an upper-case word is "LJ"; at the start of a capitalised word, "Lj".
            var nextIsUpper = i + 1 < cyrillic.Length && char.IsUpper(cyrillic[i + 1]);
            var previousIsUpper = i > 0 && char.IsUpper(cyrillic[i - 1]);
            result.Append(latin.Length > 1 && char.IsUpper(c) && (nextIsUpper || previousIsUpper) ? latin.ToUpperInvariant() : latin);
        }

        return result.ToString();
    }

    private static readonly Dictionary<char, string> LatinOf = LatinMap();

    private static Dictionary<char, string> LatinMap()
    {
        var map = new Dictionary<char, string>();
        foreach (var (latin, cyrillic) in Letters.Where(p => char.IsLower(p.Key)))
        {
            map[cyrillic] = latin.ToString();
            map[char.ToUpperInvariant(cyrillic)] = char.ToUpperInvariant(latin).ToString();
        }

        foreach (var (latin, cyrillic) in Digraphs.Where(p => char.IsLower(p.Key[0])))
        {
            map[cyrillic[0]] = latin;
            map[char.ToUpperInvariant(cyrillic[0])] = char.ToUpperInvariant(latin[0]) + latin[1..];
        }

        return map;
    }

    /// <summary>
    /// The end of a placeholder, tag or entity that starts at <paramref name="start"/>, or -1. A lone
    /// <c>&amp;</c> or <c>&lt;</c> in plain text starts none, so the text after it is still transliterated.
    /// </summary>
    private static int KeptSpanEnd(string text, int start)
    {
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        return text[start] switch
        {
            '{' => text.IndexOf('}', start),
            '<' when char.IsAsciiLetter(next) || next is '/' or '!' => text.IndexOf('>', start),
            '&' => EntityEnd(text, start),
            _ => -1,
        };
    }

    private static int EntityEnd(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
        }

        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ';' && char.IsAsciiLetterOrDigit(text[i - 1]) ? i : -1;
    }

    private static Dictionary<char, char> Map(string latin, string cyrillic)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < latin.Length; i++)
        {
            map[latin[i]] = cyrillic[i];
            map[char.ToUpperInvariant(latin[i])] = char.ToUpperInvariant(cyrillic[i]);
        }

        return map;
    }
}
