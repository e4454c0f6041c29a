using Lucene.Net.Index;
using Lucene.Net.Search;
using Integra.Search.Indexing;
using Lucene.Net.Util;

namespace Integra.Search.Services;

/// <summary>Counts matching documents per content type from the type's doc values, without loading documents.</summary>
internal sealed class TypeCountCollector : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedDocValues? _types;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _types = context.AtomicReader.GetSortedDocValues(SearchIndexStore.TypeField);
        _segmentCounts = _types is null ? [] : new int[_types.ValueCount];
    }

    public void Collect(int doc)
    {
        var ord = _types?.GetOrd(doc) ?? -1;
        if (ord >= 0)
        {
            _segmentCounts[ord]++;
        }
    }

    public IReadOnlyDictionary<string, int> Counts()
    {
        Flush();
        return _counts;
    }

    private void Flush()
    {
        if (_types is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] > 0)
            {
                _types.LookupOrd(ord, term);
                var name = term.Utf8ToString();
                _counts[name] = _counts.GetValueOrDefault(name) + _segmentCounts[ord];
                _segmentCounts[ord] = 0;
            }
        }
    }
}
