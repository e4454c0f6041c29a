using Microsoft.EntityFrameworkCore;

namespace Integra.Search.Data;

public sealed class SearchDbContext(DbContextOptions<SearchDbContext> options) : DbContext(options)
{
    public DbSet<SearchQueueEntry> Queue => Set<SearchQueueEntry>();
    public DbSet<SearchCursor> Cursors => Set<SearchCursor>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<SearchQueueEntry>(e =>
        {
            e.ToTable("search_queue");
            e.Property(x => x.ContentItemId).HasMaxLength(100);
            e.Property(x => x.Culture).HasMaxLength(16);
            e.Property(x => x.Operation).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.ContentItemId, x.Id });
        });
        builder.Entity<SearchCursor>(e =>
        {
            e.ToTable("search_cursors");
            e.HasKey(x => x.NodeId);
            e.Property(x => x.NodeId).HasMaxLength(200);
        });
    }
}
