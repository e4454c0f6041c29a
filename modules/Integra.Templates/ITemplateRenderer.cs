using Microsoft.AspNetCore.Html;

namespace Integra.Templates;

/// <summary>
/// Renders a named Liquid template. The source is, in this order: the one staff edited in the admin, the
/// active theme's <c>Templates/&lt;name&gt;.liquid</c>, the default its module declared. A source that fails
/// to parse or render is skipped for the next one, and the failure is logged and shown to editors; the
/// result is never an exception, at worst empty.
/// </summary>
public interface ITemplateRenderer
{
    /// <param name="name">The template's name, as declared by a <see cref="TemplateDefinition"/>.</param>
    /// <param name="model">The template's data: an anonymous object, a dictionary, a JsonObject, or a type registered with <see cref="TemplateModelOptions"/>.</param>
    /// <param name="culture">The culture for the <c>t</c> and <c>date_local</c> filters and number formats.</param>
    /// <returns>HTML; every value printed is HTML-encoded unless the template asks for <c>| raw</c>.</returns>
    Task<HtmlString> RenderAsync(string name, object model, string culture, CancellationToken cancellationToken = default);
}
