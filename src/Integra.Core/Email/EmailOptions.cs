namespace Integra.Core.Email;

/// <summary>Configuration section <c>Integra:Email</c>. Without an SMTP host, mail goes to the pickup folder.</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "INTEGRA <no-reply@integra.local>";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpStartTls { get; set; } = true;

    /// <summary>Where <c>.eml</c> files are written when no SMTP host is set; relative to the app data folder.</summary>
    public string PickupFolder { get; set; } = "mail";
}
