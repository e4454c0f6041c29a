namespace Integra.Applications.Data;

/// <summary>
/// A staff edit of one of the engine's e-mails in one culture (table <c>app_message_templates</c>). Without a row
/// the default shipped in code is sent; Serbian Cyrillic without a row of its own follows the Serbian Latin text.
/// </summary>
public sealed class MessageTemplate
{
    public const int MaxSubjectLength = 400;

    public long Id { get; set; }

    /// <summary>One of <c>ApplicationMessages</c>.</summary>
    public required string MessageKey { get; set; }

    public required string Culture { get; set; }

    /// <summary>Liquid; rendered, then read as plain text.</summary>
    public required string Subject { get; set; }

    /// <summary>Liquid producing HTML; the text part of the e-mail is derived from it.</summary>
    public required string Body { get; set; }

    /// <summary>1 for the first edit, then 2, 3…: a save over an older revision is refused.</summary>
    public int Revision { get; set; }

    public string? ModifiedBy { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
