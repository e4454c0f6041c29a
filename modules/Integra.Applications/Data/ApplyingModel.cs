using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Data;

/// <summary>The applicant side's tables: uploaded files, consents and sent reminders.</summary>
internal static class ApplyingModel
{
    public static void Configure(ModelBuilder builder)
    {
        // One application per applicant per call (migration 0003 made the index unique).
        builder.Entity<Application>().HasIndex(x => new { x.ApplicantUserId, x.CallSetupId }).IsUnique();

        builder.Entity<ApplicationFile>(e =>
        {
            e.ToTable("app_files");
            e.Property(x => x.FieldKey).HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.FileName).HasMaxLength(ApplicationLimits.Name);
            e.Property(x => x.ContentType).HasMaxLength(ApplicationLimits.Name);
            e.Property(x => x.Sha256).HasMaxLength(ApplicationLimits.Id);
            e.Property(x => x.StoredName).HasMaxLength(ApplicationLimits.Id);
            e.Property(x => x.UploadedByUserId).HasMaxLength(ApplicationLimits.Id);
            e.HasIndex(x => x.ApplicationId);
        });

        builder.Entity<ApplicationConsent>(e =>
        {
            e.ToTable("app_consents");
            e.Property(x => x.UserId).HasMaxLength(ApplicationLimits.Id);
            e.Property(x => x.Culture).HasMaxLength(ApplicationLimits.Culture);
            e.Property(x => x.TextSha256).HasMaxLength(ApplicationLimits.Id);
            e.HasIndex(x => x.ApplicationId);
        });

        builder.Entity<ApplicationReminder>(e =>
        {
            e.ToTable("app_reminders");
            e.Property(x => x.Kind).HasMaxLength(8);
            e.HasIndex(x => new { x.ApplicationId, x.Kind }).IsUnique();
        });
    }
}
