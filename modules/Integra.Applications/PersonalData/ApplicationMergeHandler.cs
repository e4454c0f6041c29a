using Integra.Applications.Data;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.Applications.PersonalData;

/// <summary>When staff merge two records, the merged record's applications become the surviving person's.</summary>
public sealed class ApplicationMergeHandler(ApplicationsDbContext db) : IPersonMergeHandler
{
    public Task MergeAsync(long fromPersonId, long intoPersonId, CancellationToken cancellationToken)
    {
        var revision = Guid.NewGuid();
        return db.Applications.Where(a => a.PersonId == fromPersonId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, intoPersonId).SetProperty(a => a.Revision, revision), cancellationToken);
    }
}
