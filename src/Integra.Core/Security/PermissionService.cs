using System.Security.Claims;
using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Core.Security;

/// <summary>The permissions that enabled features declare, and which roles hold them.</summary>
public sealed class PermissionService(IServiceProvider services, FeatureContributions contributions, FeatureState state, CoreDbContext db, AuditLog audit)
{
    public IReadOnlyList<(FeatureDescriptor? Feature, Permission Permission)> EnabledPermissions(ModuleCatalog catalog) =>
        contributions.Of<IPermissionProvider>()
            .Where(p => state.IsEnabled(p.FeatureId))
            .SelectMany(p => ((IPermissionProvider)services.GetRequiredService(p.Implementation)).GetPermissions().Select(permission => (catalog.Find(p.FeatureId), permission)))
            .ToList();

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (user.IsInRole(Roles.Administrator))
        {
            return true;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value.ToUpperInvariant()).ToList();
        if (roles.Count == 0)
        {
            return false;
        }

        return await db.RoleClaims.AnyAsync(
            rc => rc.ClaimType == Roles.PermissionClaimType && rc.ClaimValue == permission
                && db.Roles.Any(r => r.Id == rc.RoleId && roles.Contains(r.NormalizedName!)),
            cancellationToken);
    }

    public async Task<HashSet<string>> GrantedToRoleAsync(string roleId, CancellationToken cancellationToken) =>
        (await db.RoleClaims.Where(rc => rc.RoleId == roleId && rc.ClaimType == Roles.PermissionClaimType).Select(rc => rc.ClaimValue!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Replaces the role's grants among the given permissions; grants of disabled features stay as they were.</summary>
    public async Task SetGrantsAsync(string roleId, IReadOnlyCollection<string> managed, IReadOnlyCollection<string> granted, CancellationToken cancellationToken)
    {
        var role = await db.Roles.SingleAsync(r => r.Id == roleId, cancellationToken);
        var current = await db.RoleClaims.Where(rc => rc.RoleId == roleId && rc.ClaimType == Roles.PermissionClaimType).ToListAsync(cancellationToken);
        var removed = current.Where(c => managed.Contains(c.ClaimValue!) && !granted.Contains(c.ClaimValue!)).ToList();
        var added = granted.Where(g => managed.Contains(g) && current.All(c => c.ClaimValue != g)).ToList();
        db.RoleClaims.RemoveRange(removed);
        db.RoleClaims.AddRange(added.Select(a => new Microsoft.AspNetCore.Identity.IdentityRoleClaim<string> { RoleId = roleId, ClaimType = Roles.PermissionClaimType, ClaimValue = a }));
        if (removed.Count + added.Count > 0)
        {
            audit.Add("Users", "Role permissions changed", role.Name,
                $"Granted: {string.Join(", ", added)}; revoked: {string.Join(", ", removed.Select(r => r.ClaimValue))}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class PermissionHandler(PermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.HasPermissionAsync(context.User, requirement.Name))
        {
            context.Succeed(requirement);
        }
    }
}
