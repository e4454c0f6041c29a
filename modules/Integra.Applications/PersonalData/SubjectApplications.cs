using Integra.Applications.Data;
using Integra.People.Services;

namespace Integra.Applications.PersonalData;

internal static class SubjectApplications
{
    /// <summary>The subject's applications: those of their person records, and their account's drafts that know no person yet.</summary>
    public static IQueryable<Application> Of(ApplicationsDbContext db, PersonalDataSubject subject)
    {
        var personIds = subject.PersonIds.ToList();
        var userId = subject.UserId;
        return db.Applications.Where(a => (a.PersonId != null && personIds.Contains(a.PersonId.Value)) || (userId != null && a.ApplicantUserId == userId));
    }
}
