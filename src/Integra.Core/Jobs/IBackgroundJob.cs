namespace Integra.Core.Jobs;

/// <summary>A recurring job of a feature. It runs only while its feature is enabled, on one node at a time.</summary>
public interface IBackgroundJob
{
    string Name { get; }

    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
