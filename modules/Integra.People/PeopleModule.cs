using Integra.Core.Modules;

namespace Integra.People;

public sealed class PeopleModule : IModule
{
    public const string Id = "Integra.People";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "People",
        "One registry of the people the project serves, across calls and components, so every beneficiary counts once.",
        "Programme",
        [new FeatureManifest(Id, "People registry", "People, possible duplicates and merging, each person's history across components.", typeof(PeopleStartup)) { EnabledByDefault = true }])
    {
        // Municipality names (the registry stores codes) come from the website's Municipality items.
        Dependencies = ["Integra.Cms"],
    };
}
