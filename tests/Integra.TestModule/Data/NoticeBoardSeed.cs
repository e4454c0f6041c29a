using Integra.Core.Data;

namespace Integra.TestModule.Data;

public sealed class NoticeBoardSeed(NoticesDbContext db, TimeProvider clock) : IFeatureSeed
{
    public static readonly IReadOnlyList<string> Titles = ["Welcome to the notice board", "Office hours"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Notices.AddRange(
            new Notice { Title = Titles[0], Body = "Notices from the project team appear here.", PublishedUtc = now, Pinned = true },
            new Notice { Title = Titles[1], Body = "Monday to Friday, 9:00 to 16:00.", PublishedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
