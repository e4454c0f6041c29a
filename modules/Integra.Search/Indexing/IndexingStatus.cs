namespace Integra.Search.Indexing;

/// <summary>What this node's indexing loop has done since the process started, for the admin page and tests.</summary>
public sealed class IndexingStatus
{
    private long _itemsIndexed;
    private long _cycles;

    /// <summary>Content items (re)indexed or removed since start.</summary>
    public long ItemsIndexed => Interlocked.Read(ref _itemsIndexed);

    /// <summary>Passes over the queue completed since start, whether or not they found work.</summary>
    public long Cycles => Interlocked.Read(ref _cycles);

    public string? LastError { get; private set; }

    internal void Indexed(int items) => Interlocked.Add(ref _itemsIndexed, items);

    internal void CycleCompleted(string? error)
    {
        LastError = error;
        Interlocked.Increment(ref _cycles);
    }
}
