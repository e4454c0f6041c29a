using System.Reflection;

namespace Integra.Core.Modules;

/// <summary>A feature as the host knows it once modules are loaded: manifest plus its module's context.</summary>
public sealed class FeatureDescriptor
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Category { get; init; }
    public required string ModuleId { get; init; }
    public required string ModuleName { get; init; }
    public required Assembly Assembly { get; init; }
    public required Type Startup { get; init; }
    public required IReadOnlyList<string> Dependencies { get; init; }
    public bool EnabledByDefault { get; init; }
    public bool AlwaysEnabled { get; init; }
}
