using Integra.Core.Localization;
using Integra.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Integra.Search.Services;

public sealed class LuceneSearchService(SearchIndexStore store) : ISearchService
{
    public const int MaxPageSize = 50;

    /// <summary>Pages deeper than this are not served: collecting page × size hits costs memory, and no visitor reads that far.</summary>
    public const int MaxPage = 200;

    /// <summary>Beyond this, a query is cut: nobody types more, and long queries are expensive.</summary>
    public const int MaxQueryLength = 200;

    private const int SnippetLength = 220;

    // Fuzzy and proximity operators are left out: they cost much and visitors do not expect them.
    private const Operator Operators = Operator.AND_OPERATOR | Operator.NOT_OPERATOR | Operator.OR_OPERATOR
        | Operator.PREFIX_OPERATOR | Operator.PHRASE_OPERATOR | Operator.PRECEDENCE_OPERATORS
        | Operator.ESCAPE_OPERATOR | Operator.WHITESPACE_OPERATOR;

    private static readonly Dictionary<string, float> Fields = new() { [SearchIndexStore.TitleField] = 3f, [SearchIndexStore.TextField] = 1f };

    public Task<SearchResults> SearchAsync(string culture, string? query, string? type, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        culture = Cultures.Normalize(culture) ?? throw new ArgumentOutOfRangeException(nameof(culture), culture, "Not a served culture.");
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Clamp(page, 1, MaxPage);
        var words = query?.Trim() ?? string.Empty;
        if (words.Length > MaxQueryLength)
        {
            words = words[..MaxQueryLength];
        }

        var analyzer = store.AnalyzerFor(culture);
        var parsed = words.Length == 0 ? null : new SimpleQueryParser(analyzer, Fields, Operators) { DefaultOperator = Occur.MUST }.Parse(words);
        if (parsed is null || parsed is BooleanQuery { Clauses.Count: 0 })
        {
            return Task.FromResult(SearchResults.Empty(page, pageSize));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var results = store.Search(culture, searcher => Run(searcher, analyzer, parsed, string.IsNullOrWhiteSpace(type) ? null : type, page, pageSize));
        return Task.FromResult(results);
    }

    private static SearchResults Run(IndexSearcher searcher, Analyzer analyzer, Query query, string? type, int page, int pageSize)
    {
        var wanted = page * pageSize;
        var top = TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        var types = new TypeCountCollector();
        if (type is null)
        {
            searcher.Search(query, MultiCollector.Wrap(top, types));
        }
        else
        {
            searcher.Search(query, types);
            searcher.Search(query, new QueryWrapperFilter(new TermQuery(new Term(SearchIndexStore.TypeField, type))), top);
        }

        var docs = top.GetTopDocs((page - 1) * pageSize, pageSize);
        var highlighter = Highlighter(query);
        var hits = docs.ScoreDocs.Select(d => ToHit(searcher.Doc(d.Doc), analyzer, highlighter)).ToList();
        return new SearchResults(hits, top.TotalHits, types.Counts(), page, pageSize);
    }

    private static Highlighter Highlighter(Query query)
    {
        var scorer = new QueryScorer(query, SearchIndexStore.TextField);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MarkupEncoder.Instance, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength / 2),
        };
    }

    private static SearchHit ToHit(Lucene.Net.Documents.Document document, Analyzer analyzer, Highlighter highlighter)
    {
        var text = document.Get(SearchIndexStore.TextField) ?? string.Empty;
        var ticks = document.GetField(SearchIndexStore.DateField)?.GetInt64Value() ?? 0;
        return new SearchHit(
            document.Get(SearchIndexStore.IdField),
            document.Get(SearchIndexStore.TypeField),
            document.Get(SearchIndexStore.TitleField),
            document.Get(SearchIndexStore.UrlField),
            ticks == 0 ? null : new DateTime(ticks, DateTimeKind.Utc),
            Snippet(text, analyzer, highlighter));
    }

    /// <summary>The best passages with the matched words marked; the opening of the text when the words matched only the title.</summary>
    private static string Snippet(string text, Analyzer analyzer, Highlighter highlighter)
    {
        try
        {
            using var tokens = analyzer.GetTokenStream(SearchIndexStore.TextField, text);
            var fragments = highlighter.GetBestFragments(tokens, text, 2, " … ");
            if (!string.IsNullOrWhiteSpace(fragments))
            {
                return fragments;
            }
        }
        catch (InvalidTokenOffsetsException)
        {
            // Offsets past the text: fall back to the opening below.
        }

        var opening = text.Length <= SnippetLength ? text : text[..text.LastIndexOf(' ', SnippetLength)] + " …";
        return MarkupEncoder.Encode(opening);
    }
}
