using System.Globalization;
using Integra.Core.Hosting;
using Integra.Core.Localization;
using Integra.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;
using LuceneDirectory = Lucene.Net.Store.Directory;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Integra.Search.Indexing;

/// <summary>
/// This node's Lucene indexes, one per culture, in a folder of its own disk. Each commit records the last queue
/// row it includes, so the index itself knows how far it got even if the database cursor lags behind it.
/// </summary>
public sealed class SearchIndexStore : IDisposable
{
    public const string IdField = "id";
    public const string TypeField = "type";
    public const string TitleField = "title";
    public const string TextField = "text";
    public const string UrlField = "url";
    public const string DateField = "date";

    private const string QueueIdKey = "queue-id";

    private readonly Dictionary<string, CultureIndex> _indexes;
    private readonly Lock _commitLock = new();
    private bool _disposed;

    public SearchIndexStore(string folder)
    {
        Folder = folder;
        _indexes = Cultures.All.ToDictionary(c => c, c => new CultureIndex(c, Path.Combine(folder, c)), StringComparer.Ordinal);
    }

    public string Folder { get; }

    public static SearchIndexStore ForNode(IServiceProvider services) =>
        new(services.GetRequiredService<AppDataFolder>().Combine("search"));

    /// <summary>The last queue row every culture's index has committed; 0 for a new or cleared index.</summary>
    public long CommittedQueueId => _indexes.Values.Min(i =>
        i.Writer.CommitData.TryGetValue(QueueIdKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : 0);

    public Analyzer AnalyzerFor(string culture) => Index(culture).Analyzer;

    public void Upsert(SearchDocument document)
    {
        foreach (var index in _indexes.Values.Where(i => i.Culture != document.Culture))
        {
            index.Writer.DeleteDocuments(new Term(IdField, document.ContentItemId));
        }

        Index(document.Culture).Writer.UpdateDocument(new Term(IdField, document.ContentItemId), ToLucene(document));
    }

    public void Delete(string contentItemId)
    {
        foreach (var index in _indexes.Values)
        {
            index.Writer.DeleteDocuments(new Term(IdField, contentItemId));
        }
    }

    /// <summary>Makes every change so far durable and searchable, recording the queue row it reached.</summary>
    public void Commit(long queueId)
    {
        lock (_commitLock)
        {
            foreach (var index in _indexes.Values)
            {
                index.Writer.SetCommitData(new Dictionary<string, string> { [QueueIdKey] = queueId.ToString(CultureInfo.InvariantCulture) });
                index.Writer.Commit();
                index.Searchers.MaybeRefreshBlocking();
            }
        }
    }

    /// <summary>Empties every culture's index. The queue position stays: a rebuild queues every published item anew.</summary>
    public void Clear()
    {
        lock (_commitLock)
        {
            var position = CommittedQueueId;
            foreach (var index in _indexes.Values)
            {
                index.Writer.DeleteAll();
            }

            Commit(position);
        }
    }

    /// <summary>Empties every culture's index and its queue position, for a node that reads the whole queue again.</summary>
    public void StartOver()
    {
        lock (_commitLock)
        {
            foreach (var index in _indexes.Values)
            {
                index.Writer.DeleteAll();
            }

            Commit(0);
        }
    }

    public int Count(string culture)
    {
        var searchers = Index(culture).Searchers;
        var searcher = searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Runs <paramref name="search"/> over the index of <paramref name="culture"/>. Serbian items are published in
    /// both scripts (Cyrillic is generated from Latin), and the Serbian analyzer folds Cyrillic to Latin, so a
    /// query in either script finds them in the visitor's own script, once.
    /// </summary>
    public T Search<T>(string culture, Func<IndexSearcher, T> search)
    {
        var index = Index(culture);
        var searcher = index.Searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }
    }

    private CultureIndex Index(string culture) =>
        _indexes.TryGetValue(culture, out var index) ? index : throw new ArgumentOutOfRangeException(nameof(culture), culture, "Not a served culture.");

    private static Document ToLucene(SearchDocument document)
    {
        var date = document.DateUtc?.Ticks ?? 0;
        return
        [
            new StringField(IdField, document.ContentItemId, Field.Store.YES),
            new StringField(TypeField, document.ContentType, Field.Store.YES),
            new SortedDocValuesField(TypeField, new BytesRef(document.ContentType)),
            new TextField(TitleField, document.Title, Field.Store.YES),
            new TextField(TextField, document.Text, Field.Store.YES),
            new StoredField(UrlField, document.Url),
            new StoredField(DateField, date),
        ];
    }

    private sealed class CultureIndex : IDisposable
    {
        private readonly LuceneDirectory _directory;

        public CultureIndex(string culture, string folder)
        {
            Culture = culture;
            Analyzer = SearchAnalyzers.For(culture);
            _directory = FSDirectory.Open(folder);
            Writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzers.Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
            Searchers = new SearcherManager(Writer, applyAllDeletes: true, searcherFactory: null);
        }

        public string Culture { get; }

        public Analyzer Analyzer { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Searchers { get; }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            _directory.Dispose();
            Analyzer.Dispose();
        }
    }
}
