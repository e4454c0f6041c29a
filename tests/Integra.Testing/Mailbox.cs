using MimeKit;

namespace Integra.Testing;

/// <summary>The .eml files the site wrote to its pickup folder, read back with MimeKit.</summary>
public sealed class Mailbox(string folder)
{
    public IReadOnlyList<MimeMessage> Messages =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];

    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits up to a few seconds for a message to arrive, for mail sent after a response.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var message = To(address).LastOrDefault(m => match?.Invoke(m) ?? true);
            if (message is not null)
            {
                return message;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"No mail to {address} arrived in {folder}.");
            }

            await Task.Delay(100);
        }
    }
}
