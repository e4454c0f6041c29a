namespace Integra.Core.Modules;

/// <summary>
/// What each feature brought (permission providers, menus, schemas, seeds, jobs), so the kernel can ask
/// for the contributions of enabled features only.
/// </summary>
public sealed class FeatureContributions
{
    private readonly List<(string FeatureId, Type Contract, Type Implementation)> _items = [];

    internal void Add(string featureId, Type contract, Type implementation) => _items.Add((featureId, contract, implementation));

    public IEnumerable<(string FeatureId, Type Implementation)> Of<TContract>() =>
        _items.Where(i => i.Contract == typeof(TContract)).Select(i => (i.FeatureId, i.Implementation));

    /// <summary>The contributions of enabled features, resolved from the given services.</summary>
    public IEnumerable<TContract> Enabled<TContract>(Features.FeatureState state, IServiceProvider services) where TContract : class =>
        Of<TContract>().Where(c => state.IsEnabled(c.FeatureId))
            .Select(c => (TContract)services.GetService(c.Implementation)!);

    public IEnumerable<Type> Of<TContract>(string featureId) =>
        _items.Where(i => i.Contract == typeof(TContract) && i.FeatureId == featureId).Select(i => i.Implementation);
}
