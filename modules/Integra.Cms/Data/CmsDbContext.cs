using Microsoft.EntityFrameworkCore;

namespace Integra.Cms.Data;

public sealed class CmsDbContext(DbContextOptions<CmsDbContext> options) : DbContext(options)
{
    public DbSet<ContactMessage> ContactMessages => Set<ContactMessage>();

    protected override void OnModelCreating(ModelBuilder builder) =>
        builder.Entity<ContactMessage>(e =>
        {
            e.ToTable("cms_contact_messages");
            e.Property(x => x.Name).HasMaxLength(ContactLimits.Name);
            e.Property(x => x.Email).HasMaxLength(ContactLimits.Email);
            e.Property(x => x.Message).HasMaxLength(ContactLimits.Message);
            e.Property(x => x.Culture).HasMaxLength(16);
            e.HasIndex(x => x.CreatedUtc);
        });
}

public static class ContactLimits
{
    public const int Name = 100;
    public const int Email = 256;
    public const int Message = 4000;
}
