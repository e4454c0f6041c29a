using Microsoft.EntityFrameworkCore;

namespace Integra.People.Data;

public sealed class PeopleDbContext(DbContextOptions<PeopleDbContext> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<DuplicateFlag> DuplicateFlags => Set<DuplicateFlag>();
    public DbSet<SensitiveDataAccess> SensitiveDataAccesses => Set<SensitiveDataAccess>();
    public DbSet<PersonalDataRequest> PersonalDataRequests => Set<PersonalDataRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<Person>(e =>
        {
            e.ToTable("people_persons");
            e.Property(x => x.PersonalNumber).HasMaxLength(PersonLimits.PersonalNumber);
            e.Property(x => x.FirstName).HasMaxLength(PersonLimits.Name);
            e.Property(x => x.LastName).HasMaxLength(PersonLimits.Name);
            e.Property(x => x.SearchName).HasMaxLength(PersonLimits.SearchName);
            e.Property(x => x.Sex).HasMaxLength(1);
            e.Property(x => x.Municipality).HasMaxLength(PersonLimits.Code);
            e.Property(x => x.Phone).HasMaxLength(PersonLimits.Phone);
            e.Property(x => x.Email).HasMaxLength(PersonLimits.Email);
            e.Property(x => x.UserId).HasMaxLength(PersonLimits.Id);
            e.Property(x => x.ReturnStatus).HasMaxLength(PersonLimits.Code);
            e.Property(x => x.Ethnicity).HasMaxLength(PersonLimits.Code);
            e.HasIndex(x => x.PersonalNumber);
            e.HasIndex(x => new { x.LastName, x.FirstName, x.BirthDate });
            e.HasIndex(x => new { x.BirthDate, x.Municipality });
            e.HasIndex(x => x.UserId);
            e.HasIndex(x => x.SearchName);
        });

        builder.Entity<DuplicateFlag>(e =>
        {
            e.ToTable("people_duplicate_flags");
            e.Property(x => x.Reason).HasMaxLength(PersonLimits.Code);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(PersonLimits.Code);
            e.Property(x => x.ResolvedByUserName).HasMaxLength(PersonLimits.Email);
            e.HasIndex(x => new { x.PersonId, x.OtherPersonId }).IsUnique();
            e.HasIndex(x => new { x.Status, x.CreatedUtc });
        });

        builder.Entity<SensitiveDataAccess>(e =>
        {
            e.ToTable("people_sensitive_access");
            e.Property(x => x.UserId).HasMaxLength(PersonLimits.Id);
            e.Property(x => x.UserName).HasMaxLength(PersonLimits.Email);
            e.Property(x => x.Fields).HasMaxLength(PersonLimits.Fields);
            e.Property(x => x.Location).HasMaxLength(PersonLimits.Location);
            e.Property(x => x.IpAddress).HasMaxLength(PersonLimits.Code);
            e.HasIndex(x => x.AtUtc);
            e.HasIndex(x => new { x.PersonId, x.AtUtc });
        });

        builder.Entity<PersonalDataRequest>(e =>
        {
            e.ToTable("people_data_requests");
            e.Property(x => x.UserId).HasMaxLength(PersonLimits.Id);
            e.Property(x => x.Reason).HasMaxLength(PersonLimits.Reason);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(PersonLimits.Code);
            e.Property(x => x.DecidedByUserName).HasMaxLength(PersonLimits.Email);
            e.Property(x => x.DecisionReason).HasMaxLength(PersonLimits.Reason);
            e.HasIndex(x => new { x.Status, x.RequestedUtc });
            e.HasIndex(x => x.UserId);
        });
    }
}

public static class PersonLimits
{
    public const int PersonalNumber = 10;
    public const int Name = 100;
    public const int SearchName = 2 * Name + 1;
    public const int Code = 40;
    public const int Phone = 20;
    public const int Email = 256;
    public const int Id = 64;
    public const int Fields = 200;
    public const int Location = 400;
    public const int Reason = 2000;
}
