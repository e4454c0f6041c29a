using System.Globalization;
using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integra.Core.Features;

/// <summary>Enables and disables features at run time, applying schema and seed data on the way in.</summary>
public sealed class FeatureManager(
    ModuleCatalog catalog,
    FeatureContributions contributions,
    FeatureState state,
    CoreDbContext db,
    AuditLog audit,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<FeatureManager> logger)
{
    public const string AuditModule = "Features";

    private const string DefaultGrantsSuffix = ":default-grants";

    /// <summary>Enables the features and what they depend on. Returns the features actually switched on.</summary>
    public async Task<IReadOnlyList<FeatureDescriptor>> EnableAsync(IEnumerable<string> featureIds, string? reason = null, CancellationToken cancellationToken = default)
    {
        await state.RefreshAsync(db, cancellationToken);
        var toEnable = catalog.WithDependencies(RequireKnown(featureIds)).Where(f => !state.IsEnabled(f.Id)).ToList();
        // Every schema first, then the switch, then the seeds: a seed may publish content that another feature
        // being enabled with it (search, say) reacts to, which needs that feature's tables and to be on.
        foreach (var feature in toEnable)
        {
            await ApplySchemaAsync(feature, cancellationToken);
        }

        await SaveStatesAsync(toEnable, enabled: true, reason, cancellationToken);
        try
        {
            foreach (var feature in toEnable)
            {
                await ApplySeedsAsync(feature, cancellationToken);
            }
        }
        catch
        {
            // A feature whose seed failed stays off, as before it was asked for; enabling it again retries the seed.
            db.ChangeTracker.Clear();
            await SaveStatesAsync(toEnable, enabled: false, "Seed failed", CancellationToken.None);
            throw;
        }

        return toEnable;
    }

    /// <summary>What disabling these features would also take down, dependents first.</summary>
    public IReadOnlyList<FeatureDescriptor> EnabledDependents(IEnumerable<string> featureIds)
    {
        var ids = featureIds.ToHashSet(StringComparer.Ordinal);
        return catalog.Dependents(ids).Where(f => !ids.Contains(f.Id) && state.IsEnabled(f.Id)).ToList();
    }

    /// <summary>Disables the features and every enabled feature that depends on them. Data stays.</summary>
    public async Task<IReadOnlyList<FeatureDescriptor>> DisableAsync(IEnumerable<string> featureIds, string? reason = null, CancellationToken cancellationToken = default)
    {
        await state.RefreshAsync(db, cancellationToken);
        var toDisable = catalog.Dependents(RequireKnown(featureIds)).Where(f => state.IsEnabled(f.Id)).ToList();
        var locked = toDisable.FirstOrDefault(f => f.AlwaysEnabled);
        if (locked is not null)
        {
            throw new FeatureChangeException("'{0}' is part of the platform and cannot be disabled.", locked.Name);
        }

        await SaveStatesAsync(toDisable, enabled: false, reason, cancellationToken);
        return toDisable;
    }

    /// <summary>
    /// Brings the database in line with the installed features at start-up: records defaults on a fresh
    /// install, then applies pending schema changes and seeds of every enabled feature.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var known = await db.FeatureStates.Select(f => f.FeatureId).ToListAsync(cancellationToken);
        var fresh = catalog.Features.Where(f => !known.Contains(f.Id)).ToList();
        var isFreshInstall = known.Count == 0;
        foreach (var feature in fresh)
        {
            // On an existing site a newly installed feature stays off until an admin enables it,
            // unless it is part of the platform.
            db.FeatureStates.Add(new FeatureStateRecord
            {
                FeatureId = feature.Id,
                Enabled = feature.AlwaysEnabled || (isFreshInstall && feature.EnabledByDefault),
                ChangedUtc = clock.GetUtcNow().UtcDateTime,
                ChangedBy = "setup",
            });
        }

        var shell = await db.ShellState.FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (shell is null)
        {
            db.ShellState.Add(new ShellStateRecord { Id = 1, Version = 1 });
        }
        else if (fresh.Count > 0)
        {
            shell.Version++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await state.RefreshAsync(db, cancellationToken);
        var enabled = catalog.Features.Where(f => state.IsEnabled(f.Id)).ToList();
        foreach (var feature in enabled)
        {
            await ApplySchemaAsync(feature, cancellationToken);
        }

        foreach (var feature in enabled)
        {
            await ApplySeedsAsync(feature, cancellationToken);
        }
    }

    private async Task ApplySchemaAsync(FeatureDescriptor feature, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var contextType in contributions.Of<DbContext>(feature.Id))
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    private async Task ApplySeedsAsync(FeatureDescriptor feature, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();

        var applied = await db.FeatureSeeds.Where(s => s.FeatureId == feature.Id).Select(s => s.Seed).ToListAsync(cancellationToken);
        foreach (var seedType in contributions.Of<IFeatureSeed>(feature.Id).Where(t => !applied.Contains(t.FullName!)))
        {
            logger.LogInformation("Seeding {Seed} for feature {Feature}", seedType.Name, feature.Id);
            var seed = (IFeatureSeed)scope.ServiceProvider.GetRequiredService(seedType);
            await seed.SeedAsync(cancellationToken);
            db.FeatureSeeds.Add(new FeatureSeedRecord { FeatureId = feature.Id, Seed = seedType.FullName!, AppliedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var providerType in contributions.Of<IPermissionProvider>(feature.Id).Where(t => !applied.Contains(t.FullName + DefaultGrantsSuffix)))
        {
            await GrantDefaultsAsync(feature, (IPermissionProvider)scope.ServiceProvider.GetRequiredService(providerType), providerType.FullName + DefaultGrantsSuffix, cancellationToken);
        }
    }

    /// <summary>
    /// Gives roles the permissions a provider grants them by default, recorded like a seed so that it happens
    /// once: a grant an administrator later revokes stays revoked.
    /// </summary>
    private async Task GrantDefaultsAsync(FeatureDescriptor feature, IPermissionProvider provider, string marker, CancellationToken cancellationToken)
    {
        foreach (var (roleName, permissions) in provider.GetDefaultGrants())
        {
            var normalized = roleName.ToUpperInvariant();
            var role = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
            if (role is null)
            {
                logger.LogWarning("Feature {Feature} grants permissions to role {Role}, which does not exist", feature.Id, roleName);
                continue;
            }

            var held = await db.RoleClaims.Where(rc => rc.RoleId == role.Id && rc.ClaimType == Roles.PermissionClaimType).Select(rc => rc.ClaimValue).ToListAsync(cancellationToken);
            var added = permissions.Select(p => p.Name).Where(name => !held.Contains(name)).Distinct(StringComparer.Ordinal).ToList();
            db.RoleClaims.AddRange(added.Select(name => new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = Roles.PermissionClaimType, ClaimValue = name }));
            if (added.Count > 0)
            {
                audit.Add("Users", "Default permissions granted", role.Name, string.Join(", ", added));
            }
        }

        db.FeatureSeeds.Add(new FeatureSeedRecord { FeatureId = feature.Id, Seed = marker, AppliedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveStatesAsync(IReadOnlyList<FeatureDescriptor> features, bool enabled, string? reason, CancellationToken cancellationToken)
    {
        if (features.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = features.Select(f => f.Id).ToList();
        var rows = await db.FeatureStates.Where(r => ids.Contains(r.FeatureId)).ToDictionaryAsync(r => r.FeatureId, cancellationToken);
        foreach (var feature in features)
        {
            if (!rows.TryGetValue(feature.Id, out var row))
            {
                row = new FeatureStateRecord { FeatureId = feature.Id };
                db.FeatureStates.Add(row);
            }

            row.Enabled = enabled;
            row.ChangedUtc = now;
            audit.Add(AuditModule, enabled ? "Feature enabled" : "Feature disabled", feature.Id, reason);
        }

        var shell = await db.ShellState.SingleAsync(s => s.Id == 1, cancellationToken);
        shell.Version++;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Change} features {Features}", enabled ? "Enabled" : "Disabled", string.Join(", ", ids));
        await state.RefreshAsync(db, cancellationToken);
    }

    private IEnumerable<string> RequireKnown(IEnumerable<string> featureIds)
    {
        var ids = featureIds.ToList();
        var unknown = ids.FirstOrDefault(id => catalog.Find(id) is null);
        return unknown is null ? ids : throw new FeatureChangeException("No feature '{0}' is installed.", unknown);
    }
}

/// <summary>A feature change that is refused. <see cref="Template"/> is the English text with placeholders, so screens can show it translated.</summary>
public sealed class FeatureChangeException(string template, params object[] arguments)
    : Exception(arguments.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, arguments))
{
    public string Template { get; } = template;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
