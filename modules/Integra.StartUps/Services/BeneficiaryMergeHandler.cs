using Integra.People.Services;
using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>Beneficiaries follow their person when staff merge two records into one.</summary>
public sealed class BeneficiaryMergeHandler(StartUpsDbContext db) : IPersonMergeHandler
{
    public Task MergeAsync(long fromPersonId, long intoPersonId, CancellationToken cancellationToken) =>
        db.Beneficiaries.Where(b => b.PersonId == fromPersonId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.PersonId, intoPersonId), cancellationToken);
}
