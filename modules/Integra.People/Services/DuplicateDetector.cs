using Integra.People.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Services;

/// <summary>
/// Flags pairs of records that may be one person: the same personal number, or the same name (compared by
/// <see cref="PersonNames"/>), birth date and municipality. Flags are never raised twice for a pair, so a
/// dismissed pair stays dismissed.
/// </summary>
public sealed class DuplicateDetector(PeopleDbContext db, TimeProvider clock)
{
    private sealed record Candidate(long Id, string? PersonalNumber, string? FirstName, string? LastName, DateOnly? BirthDate, string? Municipality)
    {
        public string NameKey { get; } = PersonNames.Key(FirstName, LastName);
    }

    /// <summary>Flags the records that may be the same person as <paramref name="person"/>; returns how many flags were raised.</summary>
    public async Task<int> DetectAsync(Person person, CancellationToken cancellationToken)
    {
        if (person.MergedIntoId is not null || person.AnonymisedUtc is not null)
        {
            return 0;
        }

        var self = ToCandidate(person);
        var others = await Active()
            .Where(p => p.Id != person.Id
                && ((person.PersonalNumber != null && p.PersonalNumber == person.PersonalNumber)
                    || (person.BirthDate != null && p.BirthDate == person.BirthDate && p.Municipality == person.Municipality)))
            .Select(p => new Candidate(p.Id, p.PersonalNumber, p.FirstName, p.LastName, p.BirthDate, p.Municipality))
            .ToListAsync(cancellationToken);
        return await RaiseAsync(others.Select(o => (self, o, ReasonOf(self, o))), cancellationToken);
    }

    /// <summary>Compares every active record with every other; for records imported or recorded before the check existed.</summary>
    public async Task<int> RescanAsync(CancellationToken cancellationToken)
    {
        // Records written straight to the table (an import) have no search name yet: the rescan fills it in.
        foreach (var person in await db.People.Where(p => p.SearchName == null && (p.FirstName != null || p.LastName != null) && p.AnonymisedUtc == null).ToListAsync(cancellationToken))
        {
            person.SearchName = PersonNames.SearchText(person.FirstName, person.LastName);
        }

        await db.SaveChangesAsync(cancellationToken);
        var people = await Active()
            .Select(p => new Candidate(p.Id, p.PersonalNumber, p.FirstName, p.LastName, p.BirthDate, p.Municipality))
            .ToListAsync(cancellationToken);
        var pairs = new List<(Candidate, Candidate, string?)>();
        foreach (var group in people.Where(p => !string.IsNullOrEmpty(p.PersonalNumber)).GroupBy(p => p.PersonalNumber))
        {
            pairs.AddRange(Pairs(group.ToList(), DuplicateReasons.PersonalNumber));
        }

        foreach (var group in people.Where(p => p.BirthDate is not null && p.NameKey.Length > 0).GroupBy(p => (p.BirthDate, p.Municipality, p.NameKey)))
        {
            pairs.AddRange(Pairs(group.ToList(), DuplicateReasons.NameBirthDateMunicipality));
        }

        return await RaiseAsync(pairs, cancellationToken);
    }

    private IQueryable<Person> Active() => db.People.AsNoTracking().Where(p => p.MergedIntoId == null && p.AnonymisedUtc == null);

    private static IEnumerable<(Candidate, Candidate, string?)> Pairs(List<Candidate> group, string reason)
    {
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                yield return (group[i], group[j], reason);
            }
        }
    }

    private static string? ReasonOf(Candidate a, Candidate b)
    {
        if (!string.IsNullOrEmpty(a.PersonalNumber) && a.PersonalNumber == b.PersonalNumber)
        {
            return DuplicateReasons.PersonalNumber;
        }

        return a.BirthDate is not null && a.BirthDate == b.BirthDate && a.Municipality == b.Municipality && a.NameKey.Length > 0 && a.NameKey == b.NameKey
            ? DuplicateReasons.NameBirthDateMunicipality
            : null;
    }

    private async Task<int> RaiseAsync(IEnumerable<(Candidate A, Candidate B, string? Reason)> found, CancellationToken cancellationToken)
    {
        // A pair found by both rules is one flag, with the stronger reason (the personal number) first.
        var wanted = found.Where(f => f.Reason is not null)
            .Select(f => (Low: Math.Min(f.A.Id, f.B.Id), High: Math.Max(f.A.Id, f.B.Id), Reason: f.Reason!))
            .OrderBy(f => f.Reason == DuplicateReasons.PersonalNumber ? 0 : 1)
            .DistinctBy(f => (f.Low, f.High))
            .ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        var lows = wanted.Select(w => w.Low).Distinct().ToList();
        var existing = (await db.DuplicateFlags.AsNoTracking().Where(f => lows.Contains(f.PersonId)).Select(f => new { f.PersonId, f.OtherPersonId }).ToListAsync(cancellationToken))
            .Select(f => (f.PersonId, f.OtherPersonId)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = wanted.Where(w => !existing.Contains((w.Low, w.High)))
            .Select(w => new DuplicateFlag { PersonId = w.Low, OtherPersonId = w.High, Reason = w.Reason, Status = DuplicateStatus.Open, CreatedUtc = now })
            .ToList();
        if (added.Count == 0)
        {
            return 0;
        }

        db.DuplicateFlags.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests recorded the same pair at once; the other one's flag stands.
            foreach (var flag in added)
            {
                db.Entry(flag).State = EntityState.Detached;
            }

            return 0;
        }

        return added.Count;
    }

    private static Candidate ToCandidate(Person p) => new(p.Id, p.PersonalNumber, p.FirstName, p.LastName, p.BirthDate, p.Municipality);
}
