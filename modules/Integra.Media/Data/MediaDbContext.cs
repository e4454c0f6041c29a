using Integra.Media.Models;
using Integra.Media.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.Media.Data;

public sealed class MediaDbContext(DbContextOptions<MediaDbContext> options) : DbContext(options)
{
    public DbSet<MediaFile> Files => Set<MediaFile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<MediaFile>(e =>
        {
            e.ToTable("media_files");
            e.Property(x => x.Path).HasMaxLength(MediaPaths.MaxPathLength);
            e.Property(x => x.Folder).HasMaxLength(MediaPaths.MaxPathLength);
            e.Property(x => x.FileName).HasMaxLength(MediaPaths.MaxSegmentLength);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasIndex(x => x.Path).IsUnique();
            e.HasIndex(x => new { x.Folder, x.FileName });
            e.Ignore(x => x.IsImage);
        });
    }
}
