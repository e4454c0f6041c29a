using System.Reflection;

namespace Integra.Core.Modules;

/// <summary>The modules and features installed in this host, with their dependency graph.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, FeatureDescriptor> _features;

    public ModuleCatalog(IEnumerable<ModuleManifest> modules, IReadOnlyDictionary<string, Assembly> assemblies)
    {
        Modules = modules.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var mainFeatureOf = Modules.ToDictionary(m => m.Id, m => MainFeature(m).Id);
        _features = new Dictionary<string, FeatureDescriptor>(StringComparer.Ordinal);
        foreach (var module in Modules)
        {
            foreach (var feature in module.Features)
            {
                var missingModule = module.Dependencies.FirstOrDefault(d => !mainFeatureOf.ContainsKey(d));
                if (missingModule is not null)
                {
                    throw new InvalidOperationException($"Module '{module.Id}' depends on module '{missingModule}', which is not installed.");
                }

                var dependencies = feature.Dependencies
                    .Concat(module.Dependencies.Select(d => mainFeatureOf[d]))
                    .Where(d => d != feature.Id)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (!_features.TryAdd(feature.Id, new FeatureDescriptor
                {
                    Id = feature.Id,
                    Name = feature.Name,
                    Description = feature.Description,
                    Category = feature.Category ?? module.Category,
                    ModuleId = module.Id,
                    ModuleName = module.Name,
                    Assembly = assemblies[module.Id],
                    Startup = feature.Startup,
                    Dependencies = dependencies,
                    EnabledByDefault = feature.EnabledByDefault || feature.AlwaysEnabled,
                    AlwaysEnabled = feature.AlwaysEnabled,
                }))
                {
                    throw new InvalidOperationException($"Feature id '{feature.Id}' is declared twice.");
                }
            }
        }

        foreach (var feature in _features.Values)
        {
            var missing = feature.Dependencies.FirstOrDefault(d => !_features.ContainsKey(d));
            if (missing is not null)
            {
                throw new InvalidOperationException($"Feature '{feature.Id}' depends on '{missing}', which is not installed.");
            }
        }

        Features = TopologicalOrder();
    }

    public IReadOnlyList<ModuleManifest> Modules { get; }

    /// <summary>Every feature, dependencies before dependents.</summary>
    public IReadOnlyList<FeatureDescriptor> Features { get; }

    public FeatureDescriptor? Find(string featureId) => _features.GetValueOrDefault(featureId);

    /// <summary>The feature that a module's controllers belong to unless they say otherwise.</summary>
    public FeatureDescriptor? MainFeatureOf(Assembly assembly)
    {
        var module = Modules.FirstOrDefault(m => _features.TryGetValue(m.Features[0].Id, out var f) && f.Assembly == assembly);
        return module is null ? null : _features[MainFeature(module).Id];
    }

    /// <summary>The features and everything they need, transitively, dependencies first.</summary>
    public IReadOnlyList<FeatureDescriptor> WithDependencies(IEnumerable<string> featureIds)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(featureIds);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (_features.TryGetValue(id, out var feature) && wanted.Add(id))
            {
                foreach (var dependency in feature.Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return Features.Where(f => wanted.Contains(f.Id)).ToList();
    }

    /// <summary>The features that need any of these, transitively, dependents first.</summary>
    public IReadOnlyList<FeatureDescriptor> Dependents(IEnumerable<string> featureIds)
    {
        var affected = new HashSet<string>(featureIds, StringComparer.Ordinal);
        foreach (var feature in Features)
        {
            if (feature.Dependencies.Any(affected.Contains))
            {
                affected.Add(feature.Id);
            }
        }

        return Features.Where(f => affected.Contains(f.Id)).Reverse().ToList();
    }

    private static FeatureManifest MainFeature(ModuleManifest module) =>
        module.Features.FirstOrDefault(f => f.Id == module.Id) ?? module.Features[0];

    private List<FeatureDescriptor> TopologicalOrder()
    {
        var ordered = new List<FeatureDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var feature in _features.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            Visit(feature);
        }

        return ordered;

        void Visit(FeatureDescriptor feature)
        {
            if (state.TryGetValue(feature.Id, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Feature '{feature.Id}' is part of a dependency cycle.");
                }

                return;
            }

            state[feature.Id] = false;
            foreach (var dependency in feature.Dependencies)
            {
                Visit(_features[dependency]);
            }

            state[feature.Id] = true;
            ordered.Add(feature);
        }
    }

    /// <summary>Finds every module among the Integra assemblies next to the application.</summary>
    public static ModuleCatalog Discover()
    {
        var assemblies = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var manifests = new List<ModuleManifest>();
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "Integra.*.dll"))
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(AssemblyName.GetAssemblyName(path));
            }
            catch (BadImageFormatException)
            {
                continue;
            }

            foreach (var type in SafeTypes(assembly).Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }))
            {
                var manifest = ((IModule)Activator.CreateInstance(type)!).Manifest;
                if (manifest.Features.Count == 0)
                {
                    throw new InvalidOperationException($"Module '{manifest.Id}' declares no feature.");
                }

                manifests.Add(manifest);
                assemblies[manifest.Id] = assembly;
            }
        }

        return new ModuleCatalog(manifests, assemblies);
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
