using Integra.Applications.Data;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Applications.PersonalData;

/// <summary>The person's applications, for their page in the registry: call, reference, status and dates.</summary>
public sealed class ApplicationHistoryProvider(ApplicationsDbContext db, CallCalendar calendar, IStringLocalizer<ApplicationHistoryProvider> t) : IPersonHistoryProvider
{
    public async Task<IReadOnlyList<PersonHistoryEntry>> GetHistoryAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var rows = await (from a in SubjectApplications.Of(db, subject).AsNoTracking()
                          join c in db.Calls.AsNoTracking() on a.CallSetupId equals c.Id
                          select new { Application = a, Call = c }).ToListAsync(cancellationToken);
        var calls = await calendar.ForAsync(rows.Select(r => r.Call), cancellationToken);
        return rows.Select(r => Entry(r.Application, r.Call, calls[r.Call.Id])).ToList();
    }

    private PersonHistoryEntry Entry(Application application, CallSetup call, CallCalendar.CallInfo info) =>
        new(t["Application · Component {0}", call.Component].Value, info.Title, t[StatusText.Of(application.Status)].Value, application.CreatedUtc)
        {
            Reference = application.Reference,
            SubmittedUtc = application.SubmittedUtc,
            DecidedUtc = application.DecidedUtc,
        };
}
