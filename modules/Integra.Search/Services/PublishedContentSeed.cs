using Integra.Core.Data;

namespace Integra.Search.Services;

/// <summary>
/// Queues what was published before search had its queue: content seeded by features applied earlier at the
/// same start-up (their events found no queue table yet), or published while search was never enabled.
/// </summary>
public sealed class PublishedContentSeed(SearchRebuilder rebuilder) : IFeatureSeed
{
    public Task SeedAsync(CancellationToken cancellationToken) => rebuilder.QueuePublishedAsync(cancellationToken);
}
