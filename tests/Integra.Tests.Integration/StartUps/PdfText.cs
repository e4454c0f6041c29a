using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Integra.Tests.Integration.StartUps;

/// <summary>
/// The characters a PDF's embedded fonts can be read back as (their ToUnicode maps): a letter there was drawn with
/// a real glyph of the font and copies out as itself, which is what makes a certificate's text extractable.
/// </summary>
public static partial class PdfText
{
    public static IReadOnlySet<char> ExtractableCharacters(byte[] pdf)
    {
        var characters = new HashSet<char>();
        foreach (var map in Streams(pdf).Where(s => s.Contains("beginbfrange", StringComparison.Ordinal) || s.Contains("beginbfchar", StringComparison.Ordinal)))
        {
            foreach (Match range in Range().Matches(map))
            {
                var low = Hex(range.Groups[1].Value);
                var high = Hex(range.Groups[2].Value);
                var first = Hex(range.Groups[3].Value);
                for (var code = low; code <= high; code++)
                {
                    characters.Add((char)(first + code - low));
                }
            }

            foreach (Match pair in Pair().Matches(map))
            {
                characters.Add((char)Hex(pair.Groups[2].Value));
            }
        }

        return characters;
    }

    private static IEnumerable<string> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        for (var start = text.IndexOf("stream", StringComparison.Ordinal); start >= 0; start = text.IndexOf("stream", start + 6, StringComparison.Ordinal))
        {
            if (start >= 3 && text.Substring(start - 3, 3) == "end")
            {
                continue;
            }

            var body = start + 6 + (text[start + 6] == '\r' ? 2 : 1);
            var end = text.IndexOf("endstream", body, StringComparison.Ordinal);
            if (end < 0)
            {
                yield break;
            }

            string? decoded;
            try
            {
                using var input = new ZLibStream(new MemoryStream(pdf, body, end - body), CompressionMode.Decompress);
                using var output = new MemoryStream();
                input.CopyTo(output);
                decoded = Encoding.Latin1.GetString(output.ToArray());
            }
            catch (InvalidDataException)
            {
                decoded = text[body..end];
            }

            yield return decoded;
        }
    }

    private static int Hex(string value) => int.Parse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>")]
    private static partial Regex Range();

    [GeneratedRegex(@"^<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*$", RegexOptions.Multiline)]
    private static partial Regex Pair();
}
