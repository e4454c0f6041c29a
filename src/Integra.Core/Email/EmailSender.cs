using MailKit.Net.Smtp;
using MailKit.Security;
using Integra.Core.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Integra.Core.Email;

public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);

/// <summary>Sends mail through SMTP (MailKit) when configured, otherwise writes real .eml files to a pickup folder.</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, AppDataFolder appData, ILogger<EmailSender> logger)
{
    public string PickupFolder => Path.GetFullPath(Path.Combine(appData.Path, options.Value.PickupFolder));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(PickupFolder);
            var file = Path.Combine(PickupFolder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await WriteWholeAsync(mime, file, cancellationToken);
            logger.LogInformation("Mail to {To} written to {File}", message.To, file);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.SmtpStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Mail to {To} sent through {Host}", message.To, settings.SmtpHost);
    }

    /// <summary>
    /// Writes the message beside its final name and renames it into place, so whatever reads the pickup
    /// folder (a relay, a test) never opens a half-written .eml, and a crash mid-write leaves no .eml at all.
    /// </summary>
    private static async Task WriteWholeAsync(MimeMessage mime, string file, CancellationToken cancellationToken)
    {
        var partial = file + ".partial";
        try
        {
            await mime.WriteToAsync(partial, cancellationToken);
            File.Move(partial, file);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
