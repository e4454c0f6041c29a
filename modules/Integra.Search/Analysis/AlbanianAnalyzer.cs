using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Integra.Search.Analysis;

/// <summary>
/// Albanian has no analyzer in Lucene. Folding to ASCII lets a query typed without ë and ç (as people often
/// type on phones and foreign keyboards) find the words written with them.
/// </summary>
public sealed class AlbanianAnalyzer : Analyzer
{
    /// <summary>Frequent function words, in their folded spelling because stop words are removed after folding.</summary>
    public static readonly CharArraySet StopWords = new(SearchAnalyzers.Version,
    [
        "dhe", "e", "te", "ne", "nje", "i", "per", "me", "se", "nga", "qe", "u", "ka", "jane", "eshte", "si",
        "por", "ose", "apo", "edhe", "do", "ky", "kjo", "keto", "ato", "ai", "ajo", "mbi", "pa", "nuk", "jo",
        "tek", "deri", "pas", "para", "kur", "ku", "nje", "sa", "ti", "une", "ju", "ata", "ato", "tij", "saj",
    ], ignoreCase: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream result = new LowerCaseFilter(SearchAnalyzers.Version, source);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(SearchAnalyzers.Version, result, StopWords);
        return new TokenStreamComponents(source, result);
    }
}
