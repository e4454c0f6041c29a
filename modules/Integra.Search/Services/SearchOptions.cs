namespace Integra.Search.Services;

/// <summary>Configuration section <c>Integra:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>This node's name for its cursor; by default the machine name and a hash of the app data folder.</summary>
    public string? NodeId { get; set; }

    /// <summary>How often a node looks for new queue rows.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a node waits for a missing queue id before reading past it. A transaction that took an id may
    /// commit after one that took a later id; a gap older than this is a rolled-back insert.
    /// </summary>
    public TimeSpan GapGrace { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 200;

    /// <summary>How long a queue row every node has indexed is kept before <see cref="Indexing.SearchQueuePruneJob"/> may prune it.</summary>
    public TimeSpan KeepIndexed { get; set; } = TimeSpan.FromDays(7);
}
