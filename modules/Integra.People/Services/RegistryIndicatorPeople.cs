using Integra.Core.Indicators;
using Integra.People.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Services;

/// <summary>The registry's answer to the indicators: the person each record stands for now, after merges.</summary>
public sealed class RegistryIndicatorPeople(IPersonRegistry registry, PeopleDbContext db) : IIndicatorPeople
{
    public async Task<IReadOnlyDictionary<long, IndicatorPerson>> DescribeAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        var resolved = await registry.ResolveIdsAsync(personIds, cancellationToken);
        var survivors = resolved.Values.Distinct().ToList();
        var people = new Dictionary<long, IndicatorPerson>();
        foreach (var chunk in survivors.Chunk(500))
        {
            foreach (var p in await db.People.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.Sex, p.BirthDate, p.ReturnStatus, p.Disability }).ToListAsync(cancellationToken))
            {
                people[p.Id] = new IndicatorPerson(p.Id) { Sex = p.Sex, BirthDate = p.BirthDate, ReturnStatus = p.ReturnStatus, Disability = p.Disability };
            }
        }

        return resolved.Where(r => people.ContainsKey(r.Value)).ToDictionary(r => r.Key, r => people[r.Value]);
    }
}
