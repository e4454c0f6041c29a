namespace Integra.Cms.Services;

/// <summary>One entry of a <see cref="ComponentSection"/>: a link with its summary and a line of details, already localized.</summary>
public sealed record ComponentSectionEntry(string Title, string Url, string? Summary, string? Details);

/// <summary>A list a component module adds to its component page (e.g. success stories), already localized.</summary>
public sealed record ComponentSection(string Title, IReadOnlyList<ComponentSectionEntry> Entries);

/// <summary>
/// What a component module lists on its component page while its feature is enabled
/// (<c>feature.Contribute&lt;IComponentSectionProvider, T&gt;()</c>); a disabled feature's sections are gone.
/// A module whose entries change evicts <see cref="CmsOutputCache.TypeTagPrefix"/> + the component page type.
/// </summary>
public interface IComponentSectionProvider
{
    /// <summary>The sections for component <paramref name="component"/> ("2" to "5"); none when the module serves another.</summary>
    Task<IReadOnlyList<ComponentSection>> SectionsAsync(string component, string culture, CancellationToken cancellationToken);
}
