using Integra.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Integra.Core.Hosting;

/// <summary>Ready only when the database answers a real query against the kernel's tables.</summary>
internal sealed class DatabaseHealthCheck(CoreDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await db.ShellState.AsNoTracking().Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{db.Database.ProviderName}, shell version {version}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
