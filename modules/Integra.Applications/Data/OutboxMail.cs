namespace Integra.Applications.Data;

/// <summary>
/// An e-mail to send about an application, written in the transaction of what it reports (a submission's receipt),
/// so a stored submission always gets its e-mail, and the request never waits for a template or a mail server.
/// The recipient is looked up when it is sent; the values hold what the request knew (reference, links).
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    /// <summary>The message, one of <c>ApplicationMessages</c>.</summary>
    public required string MessageKey { get; set; }

    /// <summary>The template's values, as a JSON object of strings.</summary>
    public required string ValuesJson { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When it was sent (or found to have no recipient); null while it waits.</summary>
    public DateTime? SentUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
