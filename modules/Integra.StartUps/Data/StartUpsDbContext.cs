using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Data;

/// <summary>Component 2's own tables, all prefixed <c>su_</c>, with their own schema history.</summary>
public sealed class StartUpsDbContext(DbContextOptions<StartUpsDbContext> options) : DbContext(options)
{
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<BeneficiaryEvent> BeneficiaryEvents => Set<BeneficiaryEvent>();
    public DbSet<StartUpCallSettings> CallSettings => Set<StartUpCallSettings>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();
    public DbSet<TrainingSession> Sessions => Set<TrainingSession>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<Grant> Grants => Set<Grant>();
    public DbSet<EquipmentItem> Equipment => Set<EquipmentItem>();
    public DbSet<GrantFile> GrantFiles => Set<GrantFile>();
    public DbSet<BusinessRegistration> Registrations => Set<BusinessRegistration>();
    public DbSet<MonitoringVisit> Visits => Set<MonitoringVisit>();
    public DbSet<VisitOfficial> VisitOfficials => Set<VisitOfficial>();

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

        builder.Entity<StartUpCallSettings>(e =>
        {
            e.ToTable("su_call_settings");
            e.HasKey(x => x.CallSetupId);
            e.Property(x => x.CallSetupId).ValueGeneratedNever();
            e.Property(x => x.GrantTotal).HasPrecision(12, 2);
            e.Property(x => x.ProjectInKind).HasPrecision(12, 2);
            e.Property(x => x.BeneficiaryShare).HasPrecision(12, 2);
            e.Property(x => x.MunicipalShare).HasPrecision(12, 2);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });

        builder.Entity<Cohort>(e =>
        {
            e.ToTable("su_cohorts");
            e.Property(x => x.Municipality).HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.Name).HasMaxLength(StartUpsLimits.Title);
            e.HasIndex(x => new { x.CallSetupId, x.Municipality });
        });

        builder.Entity<CohortMember>(e =>
        {
            e.ToTable("su_cohort_members");
            e.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.BeneficiaryId).IsUnique();
            e.HasIndex(x => x.CohortId);
        });

        builder.Entity<TrainingSession>(e =>
        {
            e.ToTable("su_sessions");
            e.Property(x => x.Topic).HasMaxLength(StartUpsLimits.Title);
            e.Property(x => x.Trainer).HasMaxLength(StartUpsLimits.Name);
            e.Property(x => x.Location).HasMaxLength(StartUpsLimits.Title);
            e.HasOne<Cohort>().WithMany().HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CohortId, x.StartsUtc });
        });

        builder.Entity<Attendance>(e =>
        {
            e.ToTable("su_attendance");
            e.Property(x => x.RecordedBy).HasMaxLength(StartUpsLimits.Name);
            e.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.SessionId, x.BeneficiaryId }).IsUnique();
            e.HasIndex(x => x.BeneficiaryId);
        });

        OnGrantsCreating(builder);
    }

    private static void OnGrantsCreating(ModelBuilder builder)
    {
        builder.Entity<Grant>(e =>
        {
            e.ToTable("su_grants");
            e.HasKey(x => x.BeneficiaryId);
            e.Property(x => x.BeneficiaryId).ValueGeneratedNever();
            e.Property(x => x.BeneficiaryAmount).HasPrecision(12, 2);
            e.Property(x => x.MunicipalAmount).HasPrecision(12, 2);
            e.Property(x => x.Procurement).HasConversion<string>().HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.HandoverNotes).HasMaxLength(GrantLimits.Notes);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasOne<Beneficiary>().WithOne().HasForeignKey<Grant>(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EquipmentItem>(e =>
        {
            e.ToTable("su_equipment");
            e.Property(x => x.Item).HasMaxLength(GrantLimits.Item);
            e.Property(x => x.Supplier).HasMaxLength(GrantLimits.Item);
            e.Property(x => x.UnitCost).HasPrecision(12, 2);
            e.Ignore(x => x.Total);
            e.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.BeneficiaryId);
        });

        builder.Entity<GrantFile>(e =>
        {
            e.ToTable("su_grant_files");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.FileName).HasMaxLength(StartUpsLimits.Name);
            e.Property(x => x.ContentType).HasMaxLength(StartUpsLimits.Title);
            e.Property(x => x.StoredName).HasMaxLength(StartUpsLimits.Id);
            e.Property(x => x.UploadedBy).HasMaxLength(StartUpsLimits.Name);
            e.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.BeneficiaryId, x.Kind });
            e.HasIndex(x => x.VisitId);
        });

        builder.Entity<BusinessRegistration>(e =>
        {
            e.ToTable("su_registrations");
            e.HasKey(x => x.BeneficiaryId);
            e.Property(x => x.BeneficiaryId).ValueGeneratedNever();
            e.Property(x => x.Number).HasMaxLength(GrantLimits.Number);
            e.Property(x => x.Sector).HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.RecordedBy).HasMaxLength(StartUpsLimits.Name);
            e.HasOne<Beneficiary>().WithOne().HasForeignKey<BusinessRegistration>(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MonitoringVisit>(e =>
        {
            e.ToTable("su_visits");
            e.Property(x => x.RevenueBand).HasMaxLength(GrantLimits.RevenueBand);
            e.Property(x => x.Notes).HasMaxLength(GrantLimits.Notes);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(StartUpsLimits.Code);
            e.Property(x => x.RecordedBy).HasMaxLength(StartUpsLimits.Name);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.BeneficiaryId, x.Month }).IsUnique();
            e.HasIndex(x => new { x.VisitedOn, x.DueOn });
        });

        builder.Entity<VisitOfficial>(e =>
        {
            e.ToTable("su_visit_officials");
            e.Property(x => x.UserId).HasMaxLength(StartUpsLimits.Id);
            e.Property(x => x.Name).HasMaxLength(StartUpsLimits.Name);
            e.HasOne<MonitoringVisit>().WithMany().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.VisitId);
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
    public const int Title = 200;
}
