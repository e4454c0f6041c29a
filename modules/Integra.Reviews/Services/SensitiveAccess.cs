using Integra.Applications.Data;
using Integra.Core.Audit;
using Integra.People.Data;
using Integra.People.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Reviews.Services;

/// <summary>
/// Sensitive fields (personal number, returnee status, ethnicity, disability) follow the registry's rule: shown only
/// to holders of its permission, and every showing is logged there, and in the audit log.
/// </summary>
public sealed class SensitiveAccess(IServiceProvider services, AuditLog audit)
{
    private ISensitiveDataLog? Log => services.GetService<ISensitiveDataLog>();

    public async Task<bool> MaySeeAsync(CancellationToken cancellationToken) => Log is not { } log || await log.MaySeeAsync(cancellationToken);

    /// <summary>Records that the applicants' sensitive fields are being shown at <paramref name="location"/>.</summary>
    public async Task RevealAsync(IReadOnlyCollection<Application> applications, string subject, string location, CancellationToken cancellationToken)
    {
        if (applications.Count == 0)
        {
            return;
        }

        if (Log is { } log)
        {
            var people = applications.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).Distinct().ToList();
            await log.RevealAsync(people, SensitiveFields.All, location, cancellationToken);
        }

        await audit.WriteAsync(ReviewsModule.Id, "review.sensitive-data.viewed", subject, $"{location}, {applications.Count} applications", cancellationToken);
    }
}
