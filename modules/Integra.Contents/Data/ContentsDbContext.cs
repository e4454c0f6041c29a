using System.Text.Json.Nodes;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Integra.Contents.Data;

public sealed class ContentsDbContext(DbContextOptions<ContentsDbContext> options) : DbContext(options)
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<ContentItem>(e =>
        {
            e.ToTable("content_items");
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Culture).HasMaxLength(16);
            e.Property(x => x.TranslationSetId).HasMaxLength(64);
            e.Property(x => x.DisplayText).HasMaxLength(ContentRules.MaxTitleLength);
            e.Property(x => x.Slug).HasMaxLength(ContentRules.MaxSlugLength);
            e.Property(x => x.Owner).HasMaxLength(450);
            e.Property(x => x.Author).HasMaxLength(256);
            e.Property(x => x.Revision).IsConcurrencyToken();
            // The document is stored as text so SQLite and PostgreSQL share one schema; queries use the index columns.
            e.Property(x => x.Data).HasConversion(
                data => data.ToJsonString(),
                json => (JsonObject)JsonNode.Parse(json, null, default)!,
                new ValueComparer<JsonObject>(
                    (a, b) => a!.ToJsonString() == b!.ToJsonString(),
                    data => data.ToJsonString().GetHashCode(StringComparison.Ordinal),
                    data => (JsonObject)data.DeepClone()));
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            e.HasIndex(x => new { x.ContentType, x.Culture, x.Published });
            e.HasIndex(x => new { x.Culture, x.Slug });
            e.HasIndex(x => new { x.ContentItemId, x.Latest });
            e.HasIndex(x => x.TranslationSetId);
        });
        builder.Entity<ContentVersion>(e =>
        {
            e.ToTable("content_version");
            e.Property(x => x.Id).ValueGeneratedNever();
        });
    }
}
