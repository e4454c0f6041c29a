using Integra.Templates.Data;
using Integra.Templates.Services;

namespace Integra.Templates.ViewModels;

public sealed record TemplateListRow(TemplateDefinition Definition, TemplateOrigin Origin, TemplateError? LastError);

public sealed class TemplateEditViewModel
{
    public required TemplateDefinition Definition { get; init; }
    public required TemplateOrigin Origin { get; init; }
    public required string Source { get; set; }

    /// <summary>The edited row's revision when the editor was opened; 0 when there was none.</summary>
    public int Revision { get; set; }

    public required string Culture { get; set; }
    public string? FallbackSource { get; init; }
    public TemplateError? LastError { get; init; }
    public TemplateDiagnostic? SyntaxError { get; set; }
    public bool SyntaxChecked { get; set; }
    public string? PreviewDocument { get; set; }
    public string? PreviewError { get; set; }
    public string? Problem { get; set; }
}

/// <summary>What the editor form sends; the command is the button pressed.</summary>
public sealed class TemplateEditForm
{
    public string Source { get; set; } = string.Empty;
    public int Revision { get; set; }
    public string? Culture { get; set; }
    public string? Command { get; set; }
}
