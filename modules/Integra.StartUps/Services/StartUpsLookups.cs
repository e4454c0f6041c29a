using Integra.People.Services;
using Integra.StartUps.Data;
using Integra.StartUps.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>What the grant, visit and dashboard screens look up alongside their rows: people's names and the grant calls to filter by.</summary>
public sealed class StartUpsLookups(IPersonRegistry people, StartUpCalls calls)
{
    /// <summary>Each beneficiary's name from the registry (following merges), or the person's number when the registry has none.</summary>
    public async Task<Dictionary<long, string>> NamesAsync(IEnumerable<Beneficiary> beneficiaries, CancellationToken cancellationToken)
    {
        var list = beneficiaries.DistinctBy(b => b.Id).ToList();
        var personIds = list.Select(b => b.PersonId).Distinct().ToList();
        var names = await people.ActivePeople.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}".Trim(), cancellationToken);
        return list.ToDictionary(b => b.Id, b => names.GetValueOrDefault(b.PersonId) ?? "#" + b.PersonId);
    }

    public async Task<IReadOnlyList<CallChoice>> GrantCallsAsync(CancellationToken cancellationToken) =>
        [.. (await calls.ListAsync(cancellationToken)).Where(c => !c.IsPlanCall).Select(c => new CallChoice(c.Setup.Id, c.Label))];
}
