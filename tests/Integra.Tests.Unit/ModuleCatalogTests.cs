using System.Reflection;
using Integra.Core.Modules;

namespace Integra.Tests.Unit;

public sealed class ModuleCatalogTests
{
    private sealed class NoStartup : FeatureStartup;

    private static readonly Assembly ThisAssembly = typeof(ModuleCatalogTests).Assembly;

    private static FeatureManifest Feature(string id, params string[] dependencies) =>
        new(id, id, $"The {id} feature.", typeof(NoStartup)) { Dependencies = dependencies };

    private static ModuleManifest Module(string id, params FeatureManifest[] features) =>
        new(id, id, $"The {id} module.", "Testing", features.Length > 0 ? features : [Feature(id)]);

    private static ModuleCatalog Catalog(params ModuleManifest[] modules) =>
        new(modules, modules.ToDictionary(m => m.Id, _ => ThisAssembly));

    /// <summary>Content needs Media; Calls builds on the Content module; Calls.Scoring needs Calls.</summary>
    private static ModuleCatalog Cms() => Catalog(
        Module("Media"),
        Module("Content", Feature("Content", "Media")),
        Module("Calls", Feature("Calls"), Feature("Calls.Scoring", "Calls")) with { Dependencies = ["Content"] },
        Module("Search"));

    [Fact]
    public void Enabling_a_feature_needs_everything_it_depends_on_transitively_dependencies_first()
    {
        var closure = Cms().WithDependencies(["Calls.Scoring"]).Select(f => f.Id).ToList();

        Assert.Equal(["Calls", "Calls.Scoring", "Content", "Media"], closure.Order(StringComparer.Ordinal));
        AssertDependenciesFirst(Cms(), closure);
    }

    [Fact]
    public void A_module_dependency_becomes_a_dependency_of_each_of_its_features()
    {
        var catalog = Cms();

        Assert.Equal(["Content"], catalog.Find("Calls")!.Dependencies);
        Assert.Equal(["Calls", "Content"], catalog.Find("Calls.Scoring")!.Dependencies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Disabling_a_feature_takes_down_everything_that_needs_it_transitively_dependents_first()
    {
        var catalog = Cms();
        var dependents = catalog.Dependents(["Media"]).Select(f => f.Id).ToList();

        Assert.Equal(["Calls", "Calls.Scoring", "Content", "Media"], dependents.Order(StringComparer.Ordinal));
        dependents.Reverse();
        AssertDependenciesFirst(catalog, dependents);
        Assert.Equal(["Search"], catalog.Dependents(["Search"]).Select(f => f.Id));
        Assert.Equal(["Calls.Scoring"], catalog.Dependents(["Calls.Scoring"]).Select(f => f.Id));
    }

    [Fact]
    public void Features_are_listed_with_dependencies_before_dependents()
    {
        var catalog = Cms();

        Assert.Equal(5, catalog.Features.Count);
        AssertDependenciesFirst(catalog, catalog.Features.Select(f => f.Id).ToList());
    }

    [Fact]
    public void A_dependency_cycle_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalog(
            Module("Applications", Feature("Applications", "Reviews")),
            Module("Reviews", Feature("Reviews", "Scoring")),
            Module("Scoring", Feature("Scoring", "Applications"))));

        Assert.Contains("dependency cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_depending_on_a_feature_that_is_not_installed_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalog(Module("Calls", Feature("Calls", "Lucene"))));

        Assert.Equal("Feature 'Calls' depends on 'Lucene', which is not installed.", error.Message);
    }

    [Fact]
    public void A_module_depending_on_a_module_that_is_not_installed_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalog(Module("Calls") with { Dependencies = ["Content"] }));

        Assert.Equal("Module 'Calls' depends on module 'Content', which is not installed.", error.Message);
    }

    [Fact]
    public void A_feature_id_declared_twice_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalog(Module("Calls"), Module("Grants", Feature("Calls"))));

        Assert.Equal("Feature id 'Calls' is declared twice.", error.Message);
    }

    [Fact]
    public void A_modules_main_feature_is_the_one_named_like_the_module_even_when_listed_later()
    {
        var coreAssembly = typeof(ModuleCatalog).Assembly;
        var calls = Module("Calls", Feature("Calls.Scoring", "Calls"), Feature("Calls"));
        var catalog = new ModuleCatalog([calls, Module("Media")], new Dictionary<string, Assembly> { ["Calls"] = coreAssembly, ["Media"] = ThisAssembly });

        Assert.Equal("Calls", catalog.MainFeatureOf(coreAssembly)?.Id);
        Assert.Equal("Media", catalog.MainFeatureOf(ThisAssembly)?.Id);
        Assert.Null(catalog.MainFeatureOf(typeof(Assert).Assembly));
    }

    private static void AssertDependenciesFirst(ModuleCatalog catalog, IReadOnlyList<string> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var dependency in catalog.Find(order[i])!.Dependencies.Where(order.Contains))
            {
                Assert.True(order.ToList().IndexOf(dependency) < i, $"'{dependency}' should come before '{order[i]}' in {string.Join(", ", order)}.");
            }
        }
    }
}
