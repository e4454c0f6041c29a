using System.Security.Claims;
using Integra.Core.Security;
using Integra.People.Data;
using Microsoft.AspNetCore.Http;

namespace Integra.People.Services;

public sealed class SensitiveDataLog(PeopleDbContext db, PermissionService permissions, IHttpContextAccessor http, TimeProvider clock) : ISensitiveDataLog
{
    private bool? _maySee;

    public async Task<bool> MaySeeAsync(CancellationToken cancellationToken = default) =>
        _maySee ??= http.HttpContext?.User is { } user && await permissions.HasPermissionAsync(user, Permissions.ViewSensitivePersonalData, cancellationToken);

    public async Task<bool> RevealAsync(IReadOnlyCollection<long> personIds, IReadOnlyCollection<string> fields, string location, CancellationToken cancellationToken = default)
    {
        if (!await MaySeeAsync(cancellationToken))
        {
            return false;
        }

        if (personIds.Count == 0 || fields.Count == 0)
        {
            return true;
        }

        var context = http.HttpContext!;
        var now = clock.GetUtcNow().UtcDateTime;
        var fieldList = Truncate(string.Join(",", fields.Distinct(StringComparer.Ordinal)), PersonLimits.Fields);
        foreach (var personId in personIds.Distinct())
        {
            db.SensitiveDataAccesses.Add(new SensitiveDataAccess
            {
                AtUtc = now,
                UserId = context.User.FindFirstValue(ClaimTypes.NameIdentifier),
                UserName = context.User.Identity?.Name,
                PersonId = personId,
                Fields = fieldList,
                Location = Truncate(location, PersonLimits.Location),
                IpAddress = context.Connection.RemoteIpAddress?.ToString(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
