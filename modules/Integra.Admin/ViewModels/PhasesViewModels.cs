using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Integra.Admin.ViewModels;

/// <summary>A feature id of a phase; <see cref="Name"/> is null when no installed module provides it.</summary>
public sealed record PhaseFeature(string Id, string? Name);

public sealed record PhaseRow(int Id, string Name, string? Description, int Order, IReadOnlyList<PhaseFeature> Features, DateTime? LastAppliedLocal, bool IsCurrent);

public sealed record PhaseListViewModel(IReadOnlyList<PhaseRow> Phases);

public sealed record PhaseApplyViewModel(int Id, string Name, IReadOnlyList<FeatureLink> ToEnable, IReadOnlyList<FeatureLink> ToDisable, IReadOnlyList<string> NotInstalled);

/// <summary>The installed features of one category that a phase can name.</summary>
public sealed record FeatureChoices(string Category, IReadOnlyList<FeatureLink> Features);

public sealed record PhaseDeleteViewModel(int Id, string Name);

public sealed class PhaseEditViewModel
{
    public int Id { get; set; }

    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter a name for the phase.")]
    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters long.")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Description")]
    [StringLength(1000, ErrorMessage = "{0} can be at most {1} characters long.")]
    public string? Description { get; set; }

    [Display(Name = "Order")]
    [Range(0, 1000, ErrorMessage = "{0} must be a whole number from {1} to {2}.")]
    public int Order { get; set; }

    /// <summary>Installed features ticked in the checklist.</summary>
    public List<string> Features { get; set; } = [];

    [Display(Name = "Features of modules not installed yet")]
    [StringLength(4000, ErrorMessage = "{0} can be at most {1} characters long.")]
    public string? OtherFeatures { get; set; }

    [BindNever]
    public IReadOnlyList<FeatureChoices> Available { get; set; } = [];
}
