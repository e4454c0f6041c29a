using Integra.Core.Jobs;

namespace Integra.Contents.Services;

/// <summary>Publishes and unpublishes what editors scheduled, by the injected clock.</summary>
public sealed class ContentScheduleJob(IContentManager contents, TimeProvider clock) : IBackgroundJob
{
    public string Name => "Integra.Contents.Schedule";

    public TimeSpan Interval => TimeSpan.FromSeconds(30);

    public Task RunAsync(CancellationToken cancellationToken) => contents.RunScheduleAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
}
