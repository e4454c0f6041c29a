using Microsoft.EntityFrameworkCore;

namespace Integra.TestModule.Data;

public sealed class NoticesDbContext(DbContextOptions<NoticesDbContext> options) : DbContext(options)
{
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<NoticeCounterRun> CounterRuns => Set<NoticeCounterRun>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Notice>(e =>
        {
            e.ToTable("test_notices");
            e.Property(x => x.Title).HasMaxLength(200);
            e.HasIndex(x => new { x.Pinned, x.PublishedUtc });
        });
        builder.Entity<NoticeCounterRun>(e =>
        {
            e.ToTable("test_notice_counter_runs");
            e.Property(x => x.Node).HasMaxLength(64);
        });
    }
}
