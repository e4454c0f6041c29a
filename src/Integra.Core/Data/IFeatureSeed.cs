namespace Integra.Core.Data;

/// <summary>Seed data of a feature. The kernel records each seed it ran so it never runs twice.</summary>
public interface IFeatureSeed
{
    Task SeedAsync(CancellationToken cancellationToken);
}
