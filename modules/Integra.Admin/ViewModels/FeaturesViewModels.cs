namespace Integra.Admin.ViewModels;

public enum FeatureStateLabel
{
    Enabled,
    Disabled,
    AlwaysOn,
}

public sealed record FeatureLink(string Id, string Name);

public sealed record FeatureRow(
    string Id,
    string Name,
    string Description,
    string ModuleId,
    string ModuleName,
    FeatureStateLabel State,
    IReadOnlyList<FeatureLink> Dependencies,
    IReadOnlyList<FeatureLink> Dependents);

public sealed record FeatureCategory(string Name, IReadOnlyList<FeatureRow> Features);

public sealed record FeatureListViewModel(string? Query, IReadOnlyList<FeatureCategory> Categories, int Total);

/// <summary>The question asked before a feature is disabled together with the enabled features that need it.</summary>
public sealed record DisableConfirmationViewModel(FeatureLink Feature, IReadOnlyList<FeatureLink> Dependents, string? Query);
