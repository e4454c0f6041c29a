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
            if (c is '{' or '<' or '&')
            {
                var end = latin.IndexOf(c switch { '{' => '}', '<' => '>', _ => ';' }, i);
                var isEntity = c != '&' || (end > i && end - i <= 10 && !latin.AsSpan(i, end - i).ContainsAny(" \t\n"));
                if (end > i && isEntity)
                {
                    result.Append(latin, i, end - i + 1);
                    i = end;
                    continue;
                }
            }

            if (char.IsLetter(c) && (i == 0 || !char.IsLetter(latin[i - 1])))
            {
                var end = i;
                while (end < latin.Length && char.IsLetter(latin[end]))
                {
                    end++;
                }

                if (latin.AsSpan(i, end - i).IndexOfAny("wqxyWQXY") >= 0)
                {
                    result.Append(latin, i, end - i);
                    i = end - 1;
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
