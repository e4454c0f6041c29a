using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Data;

/// <summary>Component 2's own tables, all prefixed <c>su_</c>, with their own schema history.</summary>
public sealed class StartUpsDbContext(DbContextOptions<StartUpsDbContext> options) : DbContext(options)
{
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<BeneficiaryEvent> BeneficiaryEvents => Set<BeneficiaryEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Beneficiary>(e =>
        {
            e.ToTable("su_beneficiaries");
            e.Property(x => x.Reference).HasMaxLength(StartUpsLimits.Reference);
            e.Property(x => x.Municipality).HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.Culture).HasMaxLength(StartUpsLimits.Culture);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.ApplicationId).IsUnique();
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => new { x.CallSetupId, x.Municipality });
            e.HasIndex(x => x.Status);
        });

        builder.Entity<BeneficiaryEvent>(e =>
        {
            e.ToTable("su_beneficiary_events");
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.UserId).HasMaxLength(StartUpsLimits.Id);
            e.Property(x => x.UserName).HasMaxLength(StartUpsLimits.Name);
            e.Property(x => x.Reason).HasMaxLength(StartUpsLimits.Reason);
            e.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.BeneficiaryId, x.AtUtc });
            e.HasIndex(x => new { x.Trigger, x.AtUtc });
        });
    }
}

public static class StartUpsLimits
{
    public const int Reference = 32;
    public const int Code = 40;
    public const int Culture = 16;
    public const int Id = 64;
    public const int Name = 256;
    public const int Reason = 2000;
}
