using Integra.People.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Services;

public sealed class PersonRegistry(PeopleDbContext db, TimeProvider clock) : IPersonRegistry
{
    public Task<Person?> GetAsync(long personId, CancellationToken cancellationToken = default) =>
        db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);

    public async Task<Person?> ResolveAsync(long personId, CancellationToken cancellationToken = default)
    {
        var person = await GetAsync(personId, cancellationToken);
        for (var hops = 0; person?.MergedIntoId is { } next && hops < 16; hops++)
        {
            person = await GetAsync(next, cancellationToken);
        }

        return person;
    }

    public async Task<Person?> FindByUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        var person = await db.People.Where(p => p.UserId == userId).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        return person is null ? null : await ResolveAsync(person.Id, cancellationToken);
    }

    public async Task<Person> RecordAsync(PersonDetails details, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Person? person = null;
        if (!string.IsNullOrEmpty(details.PersonalNumber))
        {
            person = await db.People.Where(p => p.PersonalNumber == details.PersonalNumber && p.MergedIntoId == null).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (person is null && details.UserId is { } userId)
        {
            person = await FindByUserAsync(userId, cancellationToken);
        }

        if (person is null)
        {
            person = new Person { CreatedUtc = now };
            db.People.Add(person);
        }

        person.PersonalNumber = details.PersonalNumber ?? person.PersonalNumber;
        person.FirstName = details.FirstName ?? person.FirstName;
        person.LastName = details.LastName ?? person.LastName;
        person.BirthDate = details.BirthDate ?? person.BirthDate;
        person.Sex = details.Sex ?? person.Sex;
        person.Municipality = details.Municipality ?? person.Municipality;
        person.Phone = details.Phone ?? person.Phone;
        person.Email = details.Email ?? person.Email;
        person.UserId ??= details.UserId;
        person.ReturnStatus = details.ReturnStatus ?? person.ReturnStatus;
        person.Ethnicity = details.Ethnicity ?? person.Ethnicity;
        person.Disability = details.Disability ?? person.Disability;
        person.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
