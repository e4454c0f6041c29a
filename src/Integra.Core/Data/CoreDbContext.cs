using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Integra.Core.Data;

/// <summary>The kernel's own tables: accounts, feature states, phases, audit, settings, job leases, data-protection keys.</summary>
public sealed class CoreDbContext(DbContextOptions<CoreDbContext> options) : IdentityDbContext<IntegraUser, IntegraRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>Shared by every node, so a cookie issued by one node is read by the others.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<FeatureStateRecord> FeatureStates => Set<FeatureStateRecord>();
    public DbSet<ShellStateRecord> ShellState => Set<ShellStateRecord>();
    public DbSet<FeatureSeedRecord> FeatureSeeds => Set<FeatureSeedRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PhaseRecord> Phases => Set<PhaseRecord>();
    public DbSet<JobLeaseRecord> JobLeases => Set<JobLeaseRecord>();
    public DbSet<SiteSettingsRecord> SiteSettings => Set<SiteSettingsRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<FeatureStateRecord>(e =>
        {
            e.ToTable("core_features");
            e.HasKey(x => x.FeatureId);
            e.Property(x => x.FeatureId).HasMaxLength(200);
            e.Property(x => x.ChangedBy).HasMaxLength(256);
        });
        builder.Entity<ShellStateRecord>(e =>
        {
            e.ToTable("core_shell_state");
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Entity<FeatureSeedRecord>(e =>
        {
            e.ToTable("core_feature_seeds");
            e.HasKey(x => new { x.FeatureId, x.Seed });
            e.Property(x => x.FeatureId).HasMaxLength(200);
            e.Property(x => x.Seed).HasMaxLength(300);
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("core_audit");
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.Module).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(200);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.IpAddress).HasMaxLength(64);
            e.HasIndex(x => x.Utc);
            e.HasIndex(x => new { x.Module, x.Utc });
            e.HasIndex(x => new { x.UserName, x.Utc });
        });
        builder.Entity<PhaseRecord>(e =>
        {
            e.ToTable("core_phases");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Ignore(x => x.FeatureIds);
            e.HasIndex(x => x.Name).IsUnique();
        });
        builder.Entity<JobLeaseRecord>(e =>
        {
            e.ToTable("core_job_leases");
            e.HasKey(x => x.Job);
            e.Property(x => x.Job).HasMaxLength(200);
            e.Property(x => x.Owner).HasMaxLength(200);
        });
        builder.Entity<DataProtectionKey>(e => e.ToTable("core_dataprotection_keys"));
        builder.Entity<SiteSettingsRecord>(e =>
        {
            e.ToTable("core_site_settings");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SiteName).HasMaxLength(200);
            e.Property(x => x.DefaultCulture).HasMaxLength(20);
            e.Property(x => x.Cultures).HasMaxLength(200);
            e.Property(x => x.TimeZone).HasMaxLength(100);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });
    }
}
