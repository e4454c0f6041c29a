using Integra.Core.Email;
using Integra.Core.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Integra.Tests.Unit.Email;

public sealed class PickupFolderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "integra-pickup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_reader_of_the_pickup_folder_only_ever_finds_whole_messages_while_mail_is_being_written()
    {
        var sender = new EmailSender(Options.Create(new EmailOptions()), new AppDataFolder(folder), NullLogger<EmailSender>.Instance);
        var body = string.Concat(Enumerable.Repeat("Faleminderit për aplikimin tuaj. ", 4_000));
        var sending = Task.WhenAll(Enumerable.Range(1, 40).Select(i =>
            Task.Run(() => sender.SendAsync(new EmailMessage($"applicant{i}@example.org", $"Konfirmim {i}", $"<p>{body}</p>", body)))));

        while (!sending.IsCompleted)
        {
            Assert.All(ReadAll(sender.PickupFolder), subject => Assert.StartsWith("Konfirmim ", subject));
        }

        await sending;
        var all = ReadAll(sender.PickupFolder);
        Assert.Equal(40, all.Count);
        Assert.All(all, subject => Assert.StartsWith("Konfirmim ", subject));
        Assert.Equal(Directory.GetFiles(sender.PickupFolder, "*.eml").Length, Directory.GetFiles(sender.PickupFolder).Length);
    }

    /// <summary>Loads every .eml as a relay would; a half-written file throws or comes back without its subject.</summary>
    private static List<string> ReadAll(string pickup) =>
        Directory.Exists(pickup)
            ? Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f).Subject ?? "(no subject)").ToList()
            : [];

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
