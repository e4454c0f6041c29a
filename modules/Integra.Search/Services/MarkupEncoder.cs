using System.Text;
using Lucene.Net.Search.Highlight;

namespace Integra.Search.Services;

/// <summary>
/// Encodes only the characters that mean something in HTML. Lucene's own encoder also turns every letter
/// beyond ASCII (ë, ç, č, Cyrillic) into an entity, which multiplies the size of Albanian and Serbian pages.
/// </summary>
internal sealed class MarkupEncoder : IEncoder
{
    public static readonly MarkupEncoder Instance = new();

    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
