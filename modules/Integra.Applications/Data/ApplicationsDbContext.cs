using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.Data;

public sealed class ApplicationsDbContext(DbContextOptions<ApplicationsDbContext> options) : DbContext(options)
{
    public DbSet<CallSetup> Calls => Set<CallSetup>();
    public DbSet<FormVersion> FormVersions => Set<FormVersion>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApplicationSubmission> Submissions => Set<ApplicationSubmission>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<ApplicationFile> Files => Set<ApplicationFile>();
    public DbSet<ApplicationConsent> Consents => Set<ApplicationConsent>();
    public DbSet<ApplicationReminder> Reminders => Set<ApplicationReminder>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<CallSetup>(e =>
        {
            e.ToTable("app_calls");
            e.Property(x => x.CallId).HasMaxLength(ApplicationLimits.Id);
            e.Property(x => x.Component).HasMaxLength(8);
            e.Property(x => x.CallType).HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.CallId).IsUnique();
        });

        builder.Entity<FormVersion>(e =>
        {
            e.ToTable("app_form_versions");
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.CallSetupId, x.Version }).IsUnique();
        });

        builder.Entity<Application>(e =>
        {
            e.ToTable("app_applications");
            e.Property(x => x.Reference).HasMaxLength(ApplicationLimits.Reference);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.ApplicantUserId).HasMaxLength(ApplicationLimits.Id);
            e.Property(x => x.AssistedByUserId).HasMaxLength(ApplicationLimits.Id);
            e.Property(x => x.Municipality).HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.Culture).HasMaxLength(ApplicationLimits.Culture);
            e.Property(x => x.DecisionReason).HasMaxLength(ApplicationLimits.Reason);
            e.Property(x => x.FinalScore).HasPrecision(9, 3);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => new { x.CallSetupId, x.Status });
            e.HasIndex(x => new { x.ApplicantUserId, x.CallSetupId });
            e.HasIndex(x => x.PersonId);
        });

        builder.Entity<ApplicationSubmission>(e =>
        {
            e.ToTable("app_submissions");
            e.Property(x => x.SubmissionKey).HasMaxLength(ApplicationLimits.Id);
            e.HasIndex(x => new { x.ApplicationId, x.Version }).IsUnique();
            e.HasIndex(x => new { x.ApplicationId, x.SubmissionKey }).IsUnique();
        });

        builder.Entity<ApplicationEvent>(e =>
        {
            e.ToTable("app_events");
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.UserId).HasMaxLength(ApplicationLimits.Id);
            e.Property(x => x.UserName).HasMaxLength(ApplicationLimits.Name);
            e.Property(x => x.Reason).HasMaxLength(ApplicationLimits.Reason);
            e.HasIndex(x => new { x.ApplicationId, x.AtUtc });
        });

        builder.Entity<MessageTemplate>(e =>
        {
            e.ToTable("app_message_templates");
            e.Property(x => x.MessageKey).HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.Culture).HasMaxLength(ApplicationLimits.Culture);
            e.Property(x => x.Subject).HasMaxLength(MessageTemplate.MaxSubjectLength);
            e.Property(x => x.ModifiedBy).HasMaxLength(ApplicationLimits.Name);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.MessageKey, x.Culture }).IsUnique();
        });

        builder.Entity<OutboxMail>(e =>
        {
            e.ToTable("app_outbox_mails");
            e.Property(x => x.MessageKey).HasMaxLength(ApplicationLimits.Code);
            e.Property(x => x.LastError).HasMaxLength(ApplicationLimits.Reason);
            e.HasIndex(x => x.SentUtc);
        });

        ApplyingModel.Configure(builder);
    }
}
