namespace Integra.Templates;

/// <summary>
/// Declares a module's templates; contribute it with <c>feature.Contribute&lt;ITemplateSource, T&gt;()</c>.
/// Only the templates of enabled features are listed in the admin.
/// </summary>
public interface ITemplateSource
{
    IEnumerable<TemplateDefinition> GetTemplates();
}

/// <summary>A template a module renders, with its default Liquid source and a model for the admin preview.</summary>
/// <param name="Name">Unique name, letters, digits, dots, dashes and underscores (e.g. <c>Cms.NewsSummary</c>); a theme overrides it with <c>Templates/&lt;Name&gt;.liquid</c>.</param>
/// <param name="Description">What the template displays, in English (shown through the localizer).</param>
/// <param name="DefaultSource">The Liquid source used when neither the theme nor an editor provides one.</param>
/// <param name="SampleModel">A model shaped like the real one, rendered by the admin preview.</param>
public sealed record TemplateDefinition(string Name, string Description, string DefaultSource, object SampleModel);
