using Microsoft.EntityFrameworkCore;

namespace Integra.Reviews.Data;

public sealed class ReviewsDbContext(DbContextOptions<ReviewsDbContext> options) : DbContext(options)
{
    public DbSet<CallReviewSettings> Settings => Set<CallReviewSettings>();
    public DbSet<PoolEvaluator> Evaluators => Set<PoolEvaluator>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<FinalScoreRecord> FinalScores => Set<FinalScoreRecord>();
    public DbSet<DecisionLetter> Letters => Set<DecisionLetter>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<SavedView> SavedViews => Set<SavedView>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<CallReviewSettings>(e =>
        {
            e.ToTable("rev_call_settings");
            e.HasKey(x => x.CallSetupId);
            e.Property(x => x.CallSetupId).ValueGeneratedNever();
            e.Property(x => x.CombineRule).HasMaxLength(ReviewLimits.Code);
            e.Property(x => x.SpreadThreshold).HasPrecision(9, 3);
            e.Property(x => x.PassMark).HasPrecision(9, 3);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });

        builder.Entity<PoolEvaluator>(e =>
        {
            e.ToTable("rev_evaluators");
            e.Property(x => x.UserId).HasMaxLength(ReviewLimits.Id);
            e.Property(x => x.UserName).HasMaxLength(ReviewLimits.Name);
            e.Property(x => x.Municipality).HasMaxLength(ReviewLimits.Code);
            e.HasIndex(x => new { x.CallSetupId, x.UserId }).IsUnique();
        });

        builder.Entity<Assignment>(e =>
        {
            e.ToTable("rev_assignments");
            e.Property(x => x.EvaluatorUserId).HasMaxLength(ReviewLimits.Id);
            e.Property(x => x.EvaluatorName).HasMaxLength(ReviewLimits.Name);
            e.Property(x => x.Declaration).HasConversion<string>().HasMaxLength(ReviewLimits.Code);
            e.Property(x => x.ConflictNote).HasMaxLength(ReviewLimits.Comment);
            e.Property(x => x.Total).HasPrecision(9, 3);
            e.Ignore(x => x.Active);
            e.HasIndex(x => new { x.ApplicationId, x.EvaluatorUserId }).IsUnique();
            e.HasIndex(x => new { x.EvaluatorUserId, x.CallSetupId });
            e.HasIndex(x => x.CallSetupId);
        });

        builder.Entity<FinalScoreRecord>(e =>
        {
            e.ToTable("rev_final_scores");
            e.HasKey(x => x.ApplicationId);
            e.Property(x => x.ApplicationId).ValueGeneratedNever();
            e.Property(x => x.Combined).HasPrecision(9, 3);
            e.Property(x => x.Spread).HasPrecision(9, 3);
            e.Property(x => x.Final).HasPrecision(9, 3);
            e.Property(x => x.Reason).HasMaxLength(ReviewLimits.Comment);
            e.Property(x => x.DecidedBy).HasMaxLength(ReviewLimits.Name);
        });

        builder.Entity<DecisionLetter>(e =>
        {
            e.ToTable("rev_letters");
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(ReviewLimits.Code);
            e.HasIndex(x => new { x.ApplicationId, x.SentUtc });
        });

        builder.Entity<Appeal>(e =>
        {
            e.ToTable("rev_appeals");
            e.Property(x => x.AppealedFrom).HasConversion<string>().HasMaxLength(ReviewLimits.Code);
            e.Property(x => x.Text).HasMaxLength(ReviewLimits.AppealText);
            e.Property(x => x.DecisionReason).HasMaxLength(ReviewLimits.Comment);
            e.Property(x => x.DecidedBy).HasMaxLength(ReviewLimits.Name);
            e.HasIndex(x => x.ApplicationId);
            e.HasIndex(x => x.CallSetupId);
        });

        builder.Entity<SavedView>(e =>
        {
            e.ToTable("rev_saved_views");
            e.Property(x => x.UserId).HasMaxLength(ReviewLimits.Id);
            e.Property(x => x.Name).HasMaxLength(ReviewLimits.ViewName);
            e.Property(x => x.Query).HasMaxLength(ReviewLimits.Query);
            e.HasIndex(x => new { x.UserId, x.CallSetupId });
        });
    }
}
