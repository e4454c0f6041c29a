using Integra.Core.Modules;

namespace Integra.Reviews;

public sealed class ReviewsModule : IModule
{
    public const string Id = "Integra.Reviews";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Reviews",
        "The review and decision half of the applications engine: screening, evaluators, conflicts of interest, scoring, ranking, decision letters and appeals.",
        "Programme",
        [new FeatureManifest(Id, "Reviews and decisions", "Screening, evaluators and scoring, ranking by places per municipality, decision letters, appeals, staff lists and exports.", typeof(ReviewsStartup)) { EnabledByDefault = true }])
    {
        Dependencies = ["Integra.Applications"],
    };
}
