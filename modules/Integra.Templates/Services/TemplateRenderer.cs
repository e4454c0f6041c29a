using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Logging;

namespace Integra.Templates.Services;

public sealed class TemplateRenderer(
    TemplateLibrary library,
    TemplateErrors errors,
    LiquidEngine engine,
    ILogger<TemplateRenderer> logger) : ITemplateRenderer
{
    public async Task<HtmlString> RenderAsync(string name, object model, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var recorded = false;
        await foreach (var candidate in library.CandidatesAsync(name, cancellationToken))
        {
            string error;
            if (candidate.Parsed.Template is null)
            {
                error = Describe(candidate.Parsed.Error!);
                logger.LogError("Template {Template} ({Origin}) does not parse: {Error}", name, candidate.Origin, error);
            }
            else
            {
                try
                {
                    return new HtmlString(await engine.RenderAsync(candidate.Parsed.Template, model, culture, cancellationToken));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    error = e.Message;
                    logger.LogError(e, "Template {Template} ({Origin}) failed to render; trying the next source", name, candidate.Origin);
                }
            }

            // The first failure is the one an editor can fix; later ones are fallbacks failing too, and are logged.
            if (!recorded && library.EditsEnabled)
            {
                await errors.RecordAsync(name, candidate.Origin, error, cancellationToken);
                recorded = true;
            }
        }

        logger.LogError("Template {Template} has no source that renders; the page shows nothing in its place", name);
        return HtmlString.Empty;
    }

    public static string Describe(TemplateDiagnostic diagnostic) =>
        diagnostic.Line is { } line ? $"{diagnostic.Message} (line {line}, column {diagnostic.Column})" : diagnostic.Message;
}
