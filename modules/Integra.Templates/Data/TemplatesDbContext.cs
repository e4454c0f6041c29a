using Microsoft.EntityFrameworkCore;

namespace Integra.Templates.Data;

public sealed class TemplatesDbContext(DbContextOptions<TemplatesDbContext> options) : DbContext(options)
{
    public DbSet<EditedTemplate> Templates => Set<EditedTemplate>();
    public DbSet<TemplateError> Errors => Set<TemplateError>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<EditedTemplate>(e =>
        {
            e.ToTable("templates_templates");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(TemplateNames.MaxLength);
            e.Property(x => x.ModifiedBy).HasMaxLength(256);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });
        builder.Entity<TemplateError>(e =>
        {
            e.ToTable("templates_errors");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(TemplateNames.MaxLength);
            e.Property(x => x.Origin).HasMaxLength(20);
            e.Property(x => x.Message).HasMaxLength(TemplateError.MaxMessageLength);
        });
    }
}

/// <summary>A template as staff edited it in the admin; it wins over the theme's and the module's.</summary>
public sealed class EditedTemplate
{
    public required string Name { get; set; }
    public required string Source { get; set; }
    public string? ModifiedBy { get; set; }
    public DateTime ModifiedUtc { get; set; }

    /// <summary>Grows by one with every save: the concurrency token, and part of the parsed-template cache key on every node.</summary>
    public int Revision { get; set; }
}

/// <summary>The last time a template failed to parse or render, shown to editors until the template is saved or reset.</summary>
public sealed class TemplateError
{
    public const int MaxMessageLength = 2000;

    public required string Name { get; set; }
    public required string Origin { get; set; }
    public required string Message { get; set; }
    public DateTime Utc { get; set; }
}
