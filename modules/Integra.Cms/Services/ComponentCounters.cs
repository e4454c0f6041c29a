namespace Integra.Cms.Services;

/// <summary>A number on a component's public page (e.g. businesses established), already localized.</summary>
public sealed record ComponentCounter(string Label, int Value)
{
    public int? Target { get; init; }
}

/// <summary>
/// What a component module shows on its component page while its feature is enabled
/// (<c>feature.Contribute&lt;IComponentCounterProvider, T&gt;()</c>); a disabled feature's counters are gone.
/// </summary>
public interface IComponentCounterProvider
{
    /// <summary>The counters for component <paramref name="component"/> ("2" to "5"); none when the module serves another.</summary>
    Task<IReadOnlyList<ComponentCounter>> CountersAsync(string component, string culture, CancellationToken cancellationToken);
}
