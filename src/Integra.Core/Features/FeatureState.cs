using System.Collections.Frozen;
using Integra.Core.Data;
using Integra.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Integra.Core.Features;

/// <summary>
/// This node's view of which features are enabled. It is reloaded whenever the shell version in the database
/// moves, so a change made on any node reaches every node.
/// </summary>
public sealed class FeatureState(ModuleCatalog catalog)
{
    private volatile Snapshot _snapshot = new(-1, FrozenSet<string>.Empty);

    public long Version => _snapshot.Version;

    public bool IsEnabled(string featureId) => _snapshot.Enabled.Contains(featureId);

    public IReadOnlySet<string> EnabledFeatures => _snapshot.Enabled;

    /// <summary>Reloads from the database when the stored version differs from the loaded one.</summary>
    public async Task<bool> RefreshAsync(CoreDbContext db, CancellationToken cancellationToken)
    {
        var version = await db.ShellState.AsNoTracking().Where(s => s.Id == 1).Select(s => (long?)s.Version).FirstOrDefaultAsync(cancellationToken) ?? 0;
        if (version == _snapshot.Version)
        {
            return false;
        }

        await ReloadAsync(db, version, cancellationToken);
        return true;
    }

    internal async Task ReloadAsync(CoreDbContext db, long version, CancellationToken cancellationToken)
    {
        var rows = await db.FeatureStates.AsNoTracking().ToDictionaryAsync(r => r.FeatureId, r => r.Enabled, cancellationToken);
        var enabled = catalog.Features
            .Where(f => f.AlwaysEnabled || (rows.TryGetValue(f.Id, out var on) ? on : false))
            .Select(f => f.Id)
            .ToFrozenSet(StringComparer.Ordinal);
        _snapshot = new Snapshot(version, enabled);
    }

    private sealed record Snapshot(long Version, FrozenSet<string> Enabled);
}
