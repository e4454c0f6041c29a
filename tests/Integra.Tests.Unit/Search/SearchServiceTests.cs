using Integra.Core.Localization;
using Integra.Search.Indexing;
using Integra.Search.Services;

namespace Integra.Tests.Unit.Search;

/// <summary>The search service over a real index in a temporary folder, without a host or a database.</summary>
public sealed class SearchServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("integra-search-").FullName;
    private readonly SearchIndexStore _store;
    private readonly LuceneSearchService _search;

    public SearchServiceTests()
    {
        _store = new SearchIndexStore(_folder);
        _search = new LuceneSearchService(_store);
    }

    [Fact]
    public async Task A_match_in_the_text_is_shown_marked_and_the_rest_of_the_snippet_is_encoded()
    {
        Index(Doc("a", Cultures.English, "News", "Grants for young entrepreneurs", "Apply <script>alert(1)</script> for a grant & training before May."));

        var results = await Search(Cultures.English, "grant");

        var hit = Assert.Single(results.Hits);
        Assert.Equal("/en/news/a", hit.Url);
        Assert.Contains("<mark>grant</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain('<', hit.SnippetHtml.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_Albanian_query_without_diacritics_finds_and_marks_the_word_written_with_them()
    {
        Index(Doc("a", Cultures.Albanian, "News", "Shtëpi të reja", "Dhjetë familje morën shtëpi të reja në Prizren."));

        var hit = Assert.Single((await Search(Cultures.Albanian, "shtepi")).Hits);

        Assert.Contains("<mark>shtëpi</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Serbian_query_in_either_script_finds_the_item_once_in_the_visitors_script()
    {
        Index(
            Doc("latin", Cultures.SerbianLatin, "News", "Kuća za povratnike", "Opština je predala ključeve."),
            Doc("cyrillic", Cultures.SerbianCyrillic, "News", "Кућа за повратнике", "Општина је предала кључеве."));

        foreach (var (culture, expected) in new[] { (Cultures.SerbianLatin, "latin"), (Cultures.SerbianCyrillic, "cyrillic") })
        {
            foreach (var query in new[] { "кућа", "kuća", "kuca" })
            {
                var found = (await Search(culture, query)).Hits.Select(h => h.ContentItemId).ToList();
                Assert.Equal([expected], found);
            }
        }
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR")]
    [InlineData("((( ] } ~ ^ \\")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("title:grant")]
    public async Task Malformed_queries_answer_without_error(string query)
    {
        Index(Doc("a", Cultures.English, "News", "Grants", "A grant for unbalanced budgets."));

        var results = await Search(Cultures.English, query);

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public async Task Cultures_are_searched_separately()
    {
        Index(Doc("a", Cultures.English, "News", "Municipality of Prizren", "Prizren"), Doc("b", Cultures.Albanian, "News", "Komuna e Prizrenit", "Prizren"));

        Assert.Equal("a", Assert.Single((await Search(Cultures.English, "prizren")).Hits).ContentItemId);
        Assert.Equal("b", Assert.Single((await Search(Cultures.Albanian, "prizren")).Hits).ContentItemId);
    }

    [Fact]
    public async Task Type_filter_keeps_the_counts_of_every_type_and_pages_are_disjoint()
    {
        Index([.. Enumerable.Range(1, 25).Select(i => Doc($"news-{i}", Cultures.English, "NewsArticle", $"Training {i}", "Training for women")),
            .. Enumerable.Range(1, 3).Select(i => Doc($"call-{i}", Cultures.English, "Call", $"Call {i}", "Training grants"))]);

        var all = await Search(Cultures.English, "training");
        var calls = await _search.SearchAsync(Cultures.English, "training", "Call", 1, 10, TestContext.Current.CancellationToken);
        var page1 = await _search.SearchAsync(Cultures.English, "training", "NewsArticle", 1, 10, TestContext.Current.CancellationToken);
        var page3 = await _search.SearchAsync(Cultures.English, "training", "NewsArticle", 3, 10, TestContext.Current.CancellationToken);

        Assert.Equal(28, all.Total);
        Assert.Equal(3, calls.Total);
        Assert.All(calls.Hits, h => Assert.Equal("Call", h.ContentType));
        Assert.Equal(new Dictionary<string, int> { ["NewsArticle"] = 25, ["Call"] = 3 }, calls.TypeCounts);
        Assert.Equal(25, page1.Total);
        Assert.Equal(3, page1.PageCount);
        Assert.Equal(10, page1.Hits.Count);
        Assert.Equal(5, page3.Hits.Count);
        Assert.Empty(page1.Hits.Select(h => h.ContentItemId).Intersect(page3.Hits.Select(h => h.ContentItemId)));
    }

    [Fact]
    public async Task An_absurd_page_number_answers_an_empty_page_without_error()
    {
        Index(Doc("a", Cultures.English, "News", "Grants", "Grants"));

        var results = await _search.SearchAsync(Cultures.English, "grants", null, int.MaxValue, int.MaxValue, TestContext.Current.CancellationToken);

        Assert.Equal(1, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task An_upsert_replaces_the_item_and_a_delete_removes_it()
    {
        Index(Doc("a", Cultures.English, "News", "Old title", "Old words"));
        Index(Doc("a", Cultures.English, "News", "New title", "New words"));

        Assert.Empty((await Search(Cultures.English, "old")).Hits);
        Assert.Single((await Search(Cultures.English, "new")).Hits);

        _store.Delete("a");
        _store.Commit(3);

        Assert.Empty((await Search(Cultures.English, "new")).Hits);
        Assert.Equal(3, _store.CommittedQueueId);
    }

    [Fact]
    public async Task The_queue_position_survives_reopening_the_index()
    {
        Index(Doc("a", Cultures.English, "News", "Kept", "Kept words"));
        _store.Commit(42);
        _store.Dispose();

        using var reopened = new SearchIndexStore(_folder);

        Assert.Equal(42, reopened.CommittedQueueId);
        Assert.Single((await new LuceneSearchService(reopened).SearchAsync(Cultures.English, "kept", null, 1, 10, TestContext.Current.CancellationToken)).Hits);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static SearchDocument Doc(string id, string culture, string type, string title, string text) =>
        new(id, culture, type, title, $"/{culture}/news/{id}", text, new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc));

    private void Index(params SearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            _store.Upsert(document);
        }

        _store.Commit(1);
    }

    private Task<SearchResults> Search(string culture, string query) =>
        _search.SearchAsync(culture, query, null, 1, 10, TestContext.Current.CancellationToken);
}
