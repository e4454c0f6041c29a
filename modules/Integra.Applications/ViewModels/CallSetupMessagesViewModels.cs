using Integra.Applications.Services;

namespace Integra.Applications.ViewModels;

public sealed record MessageCultureCell(string Culture, MessageTemplateOrigin Origin);

public sealed record MessageListRow(string MessageKey, string Description, IReadOnlyList<MessageCultureCell> Cultures);

public sealed class MessageEditViewModel
{
    public required string MessageKey { get; init; }
    public required string Culture { get; init; }
    public required string Description { get; init; }
    public required MessageTemplateOrigin Origin { get; init; }
    public required string Subject { get; set; }
    public required string Body { get; set; }

    /// <summary>The edit's revision when the page was opened; 0 when the default is in use.</summary>
    public int Revision { get; set; }

    /// <summary>What a reset leads back to, shown for an edited message.</summary>
    public MessageTemplateSource? Fallback { get; init; }

    public IReadOnlyList<MessageTemplateProblem> Problems { get; set; } = [];
    public bool SyntaxChecked { get; set; }
    public string? Problem { get; set; }
    public string? PreviewSubject { get; set; }
    public string? PreviewText { get; set; }
    public string? PreviewDocument { get; set; }
    public string? PreviewError { get; set; }

    /// <summary>The values a template may print, for the editor's help.</summary>
    public static IReadOnlyList<(string Name, string Meaning)> Values { get; } =
    [
        ("applicant_name", "The applicant's name"),
        ("reference", "The application's reference number (empty for a draft)"),
        ("call_title", "The call's title in the applicant's language"),
        ("status", "The application's status, in words"),
        ("reason", "The reason of the latest decision"),
        ("deadline", "When the call closes, in Kosovo time"),
        ("link", "The address of the application's page"),
        ("appeal_days", "Days the applicant has to appeal"),
        ("score", "The final score out of 100 (decision letter)"),
        ("rank", "The application's place in the ranking (decision letter)"),
        ("appeal_deadline", "Until when the applicant may appeal, in Kosovo time (decision letter; empty when the decision cannot be appealed)"),
        ("site_name", "The site's name"),
    ];
}

/// <summary>What the editor sends; the command is the button pressed.</summary>
public sealed class MessageEditForm
{
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public int Revision { get; set; }
    public string? Command { get; set; }
}
