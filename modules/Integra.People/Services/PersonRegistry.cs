using Integra.People.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Services;

public sealed class PersonRegistry(PeopleDbContext db, DuplicateDetector duplicates, TimeProvider clock) : IPersonRegistry
{
    public IQueryable<Person> ActivePeople => db.People.AsNoTracking().Where(p => p.MergedIntoId == null);

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
        person.SearchName = PersonNames.SearchText(person.FirstName, person.LastName);
        person.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await duplicates.DetectAsync(person, cancellationToken);
        return person;
    }

    public async Task<IReadOnlyDictionary<long, long>> ResolveIdsAsync(IEnumerable<long> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.Distinct().ToList();
        var mergedInto = new Dictionary<long, long?>();
        var missing = ids;
        // Merges chain rarely and shortly; each round loads the next link of every chain at once.
        for (var round = 0; missing.Count > 0 && round < 16; round++)
        {
            foreach (var row in await db.People.AsNoTracking().Where(p => missing.Contains(p.Id)).Select(p => new { p.Id, p.MergedIntoId }).ToListAsync(cancellationToken))
            {
                mergedInto[row.Id] = row.MergedIntoId;
            }

            missing = mergedInto.Values.OfType<long>().Where(id => !mergedInto.ContainsKey(id)).Distinct().ToList();
        }

        var result = new Dictionary<long, long>();
        foreach (var id in ids.Where(mergedInto.ContainsKey))
        {
            var current = id;
            for (var hops = 0; mergedInto.TryGetValue(current, out var next) && next is { } target && hops < 16; hops++)
            {
                current = target;
            }

            result[id] = current;
        }

        return result;
    }

    public async Task<int> CountPeopleAsync(IEnumerable<long> personIds, CancellationToken cancellationToken = default) =>
        (await ResolveIdsAsync(personIds, cancellationToken)).Values.Distinct().Count();
}
