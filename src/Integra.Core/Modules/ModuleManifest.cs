namespace Integra.Core.Modules;

public sealed record ModuleManifest(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<FeatureManifest> Features)
{
    /// <summary>Modules this one builds on; each of their default features becomes a dependency of every feature here.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];
}

public sealed record FeatureManifest(string Id, string Name, string Description, Type Startup)
{
    /// <summary>Feature ids this feature needs; enabling it enables them first.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>Enabled on a fresh install.</summary>
    public bool EnabledByDefault { get; init; }

    /// <summary>Part of the platform itself: shown, but never disabled.</summary>
    public bool AlwaysEnabled { get; init; }

    /// <summary>Overrides the module's category in the features screen.</summary>
    public string? Category { get; init; }
}
