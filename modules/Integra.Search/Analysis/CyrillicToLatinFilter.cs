using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Integra.Search.Analysis;

/// <summary>
/// Rewrites Serbian Cyrillic letters in lower-cased tokens as Serbian Latin (ђ → đ, љ → lj, џ → dž), so a word
/// is indexed and searched the same way whichever script it was written in.
/// </summary>
public sealed class CyrillicToLatinFilter : TokenFilter
{
    private const string Cyrillic = "абвгдђежзијклљмнњопрстћуфхцчџш";

    private static readonly string[] Latin = ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"];

    private static readonly Dictionary<char, string> Letters = Cyrillic.Select((letter, i) => (letter, i)).ToDictionary(p => p.letter, p => Latin[p.i]);

    private readonly ICharTermAttribute _term;
    private readonly StringBuilder _latin = new();

    public CyrillicToLatinFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (!buffer.AsSpan(0, length).ContainsAnyInRange('\u0400', '\u04FF'))
        {
            return true;
        }

        _latin.Clear();
        for (var i = 0; i < length; i++)
        {
            if (Letters.TryGetValue(buffer[i], out var latin))
            {
                _latin.Append(latin);
            }
            else
            {
                _latin.Append(buffer[i]);
            }
        }

        _term.SetEmpty().Append(_latin);
        return true;
    }
}
