namespace Integra.Search.Data;

public enum SearchOperation
{
    Upsert,
    Delete,
}

/// <summary>
/// A content change every node must apply to its own index. Rows are appended, never updated; each node
/// remembers the last one it applied in its <see cref="SearchCursor"/>. Rows every node has applied and a later
/// row makes redundant are pruned by <see cref="Indexing.SearchQueuePruneJob"/>.
/// </summary>
public sealed class SearchQueueEntry
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string Culture { get; set; }

    public SearchOperation Operation { get; set; }

    public DateTime EnqueuedUtc { get; set; }
}

/// <summary>How far one node's index has read the queue.</summary>
public sealed class SearchCursor
{
    public required string NodeId { get; set; }

    public long LastQueueId { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
