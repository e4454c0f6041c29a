using Microsoft.EntityFrameworkCore;

namespace Integra.People.Data;

public sealed class PeopleDbContext(DbContextOptions<PeopleDbContext> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();

    protected override void OnModelCreating(ModelBuilder builder) =>
        builder.Entity<Person>(e =>
        {
            e.ToTable("people_persons");
            e.Property(x => x.PersonalNumber).HasMaxLength(PersonLimits.PersonalNumber);
            e.Property(x => x.FirstName).HasMaxLength(PersonLimits.Name);
            e.Property(x => x.LastName).HasMaxLength(PersonLimits.Name);
            e.Property(x => x.Sex).HasMaxLength(1);
            e.Property(x => x.Municipality).HasMaxLength(PersonLimits.Code);
            e.Property(x => x.Phone).HasMaxLength(PersonLimits.Phone);
            e.Property(x => x.Email).HasMaxLength(PersonLimits.Email);
            e.Property(x => x.UserId).HasMaxLength(PersonLimits.Id);
            e.Property(x => x.ReturnStatus).HasMaxLength(PersonLimits.Code);
            e.Property(x => x.Ethnicity).HasMaxLength(PersonLimits.Code);
            e.HasIndex(x => x.PersonalNumber);
            e.HasIndex(x => new { x.LastName, x.FirstName, x.BirthDate });
            e.HasIndex(x => x.UserId);
        });
}

public static class PersonLimits
{
    public const int PersonalNumber = 10;
    public const int Name = 100;
    public const int Code = 40;
    public const int Phone = 20;
    public const int Email = 256;
    public const int Id = 64;
}
