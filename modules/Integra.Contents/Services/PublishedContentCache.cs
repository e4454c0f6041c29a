using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Integra.Contents.Data;
using Integra.Contents.Models;

namespace Integra.Contents.Services;

/// <summary>
/// Published content as the public pages read it, kept in memory for one content version at a time. Every content
/// write moves the version (<see cref="ContentVersion"/>) in its own transaction: the writing node moves to the new
/// version as soon as it commits, the other nodes when <see cref="ContentVersionSync"/> next reads it. What was read
/// at an older version is dropped, never patched, so a cached list cannot mix old and new.
/// </summary>
/// <remarks>
/// The content manager hands out copies of the cached items, but their JSON documents are shared by every request
/// that reads them, so they are materialised before they are shared: <see cref="JsonObject"/> builds its properties
/// lazily on first read, which is not safe from several threads at once.
/// </remarks>
public sealed class PublishedContentCache
{
    private Generation _current = new(-1);

    /// <summary>The content version the cached entries were read at; -1 until the first read of the database's.</summary>
    public long Version => Volatile.Read(ref _current).Version;

    /// <summary>Moves to a newer version and drops every entry; false when <paramref name="version"/> is not newer.</summary>
    public bool Advance(long version)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (version <= current.Version)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _current, new Generation(version), current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The entry for <paramref name="key"/> at the current version, read with <paramref name="load"/> on a miss. Other
    /// modules keep here what they derive from published content only (a page's lists, say), under keys of their own
    /// types, so it is dropped exactly when the content changes; what they store is shared, so nobody may change it.
    /// </summary>
    public async Task<T> GetOrLoadAsync<T>(object key, Func<Task<T>> load) where T : class
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Entries.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        var loaded = await load();
        // Stored in the generation the read started in: if a write moved the version meanwhile, nobody reads this one any more.
        return (T)generation.Entries.GetOrAdd(key, loaded);
    }

    /// <summary>Builds every lazily parsed node of the item's document now, so concurrent readers only ever read.</summary>
    internal static ContentItem Materialise(ContentItem item)
    {
        Walk(item.Data);
        return item;
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Walk(value);
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    Walk(value);
                }

                break;
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<object, object> Entries { get; } = new();
    }
}
