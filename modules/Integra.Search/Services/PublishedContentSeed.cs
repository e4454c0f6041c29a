using Integra.Core.Data;

namespace Integra.Search.Services;

/// <summary>
/// Queues what was published while search was off (it is off for content events until first enabled). Content
/// that features seed together with search already reached the queue through those events, and is not queued twice.
/// </summary>
public sealed class PublishedContentSeed(SearchRebuilder rebuilder) : IFeatureSeed
{
    public Task SeedAsync(CancellationToken cancellationToken) => rebuilder.QueuePublishedAsync(alsoQueued: false, cancellationToken);
}
