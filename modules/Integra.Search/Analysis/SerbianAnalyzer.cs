using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Integra.Search.Analysis;

/// <summary>
/// One analyzer for both Serbian scripts: Cyrillic is rewritten as Latin, then diacritics are folded
/// (č, ć → c; š → s; ž → z; đ → d), so a query in either script, with or without diacritics, finds the
/// word in both.
/// </summary>
public sealed class SerbianAnalyzer : Analyzer
{
    /// <summary>Frequent function words, in their folded Latin spelling because they are removed last.</summary>
    public static readonly CharArraySet StopWords = new(SearchAnalyzers.Version,
    [
        "i", "u", "na", "je", "se", "da", "za", "od", "sa", "su", "o", "a", "ali", "ili", "kao", "to", "koji",
        "koja", "koje", "ne", "iz", "do", "po", "pri", "bi", "sam", "smo", "ste", "ce", "li", "kako", "gde",
        "sto", "ovo", "ova", "ovaj", "taj", "ta", "te", "biti", "bio", "bila", "jos", "vec", "samo", "k", "ka", "s",
    ], ignoreCase: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream result = new LowerCaseFilter(SearchAnalyzers.Version, source);
        result = new CyrillicToLatinFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(SearchAnalyzers.Version, result, StopWords);
        return new TokenStreamComponents(source, result);
    }
}
