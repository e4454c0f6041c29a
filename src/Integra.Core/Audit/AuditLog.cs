using System.Security.Claims;
using Integra.Core.Data;
using Microsoft.AspNetCore.Http;

namespace Integra.Core.Audit;

/// <summary>Writes who did what, when, from where. Every module records its significant actions here.</summary>
public sealed class AuditLog(CoreDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock)
{
    public async Task WriteAsync(string module, string action, string? subject = null, string? details = null, CancellationToken cancellationToken = default)
    {
        Add(module, action, subject, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the entry to the current unit of work, so it is saved with the change it describes.</summary>
    public void Add(string module, string action, string? subject = null, string? details = null)
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        db.AuditEntries.Add(new AuditEntry
        {
            Utc = clock.GetUtcNow().UtcDateTime,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
            Module = module,
            Action = action,
            Subject = subject,
            Details = details,
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
        });
    }
}
