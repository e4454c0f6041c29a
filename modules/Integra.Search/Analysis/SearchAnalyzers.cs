using Integra.Core.Localization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace Integra.Search.Analysis;

/// <summary>The analyzer each culture's index is written and searched with.</summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer For(string culture) => culture switch
    {
        Cultures.English => new EnglishAnalyzer(Version),
        Cultures.SerbianLatin or Cultures.SerbianCyrillic => new SerbianAnalyzer(),
        _ => new AlbanianAnalyzer(),
    };
}
