using Integra.Core.Modules;

namespace Integra.Search;

public sealed class SearchModule : IModule
{
    public const string Id = "Integra.Search";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Search",
        "Full-text search of published content: one Lucene index per culture on each node, kept current through a queue in the database.",
        "Content",
        [new FeatureManifest(Id, "Search", "The public search page, the indexing queue and the search admin page.", typeof(SearchStartup)) { EnabledByDefault = true }])
    {
        Dependencies = ["Integra.Contents"],
    };
}
