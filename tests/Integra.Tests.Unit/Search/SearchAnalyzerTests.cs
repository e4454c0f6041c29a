using Integra.Core.Localization;
using Integra.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Integra.Tests.Unit.Search;

public sealed class SearchAnalyzerTests
{
    [Fact]
    public void Albanian_words_are_indexed_without_their_diacritics_so_a_query_typed_without_them_matches()
    {
        Assert.Equal(Terms(Cultures.Albanian, "shtepi cka"), Terms(Cultures.Albanian, "Shtëpi Çka"));
        Assert.Equal(["shtepi", "kthyerit"], Terms(Cultures.Albanian, "Shtëpi për të kthyerit"));
    }

    [Fact]
    public void Albanian_function_words_are_not_indexed()
    {
        Assert.Equal(["grate", "rinia"], Terms(Cultures.Albanian, "Gratë dhe rinia"));
    }

    [Theory]
    [InlineData("Кућа", "Kuća")]
    [InlineData("Љубав и њива", "ljubav i njiva")]
    [InlineData("Ђорђе", "Đorđe")]
    [InlineData("џак", "džak")]
    [InlineData("ЧАЧАК", "čačak")]
    public void Serbian_Cyrillic_and_Latin_spellings_of_a_word_are_the_same_term(string cyrillic, string latin)
    {
        foreach (var culture in new[] { Cultures.SerbianLatin, Cultures.SerbianCyrillic })
        {
            Assert.Equal(Terms(culture, latin), Terms(culture, cyrillic));
        }
    }

    [Fact]
    public void Serbian_diacritics_fold_so_a_plain_Latin_query_matches()
    {
        Assert.Equal(["kuca", "povratnike"], Terms(Cultures.SerbianLatin, "Kuća za povratnike"));
        Assert.Equal(["sasa", "zivi", "dakovici"], Terms(Cultures.SerbianCyrillic, "Саша живи у Ђаковици"));
    }

    [Fact]
    public void English_words_are_stemmed_and_stop_words_dropped()
    {
        Assert.Equal(Terms(Cultures.English, "returnee"), Terms(Cultures.English, "the returnees"));
    }

    private static List<string> Terms(string culture, string text)
    {
        using var analyzer = SearchAnalyzers.For(culture);
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
