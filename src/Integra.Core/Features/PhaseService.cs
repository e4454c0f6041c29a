using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Integra.Core.Features;

/// <summary>Named sets of features that follow the project's timeline, applied in one step.</summary>
public sealed class PhaseService(CoreDbContext db, ModuleCatalog catalog, FeatureManager features, FeatureState state, AuditLog audit, TimeProvider clock)
{
    public Task<List<PhaseRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Phases.AsNoTracking().OrderBy(p => p.Order).ThenBy(p => p.Name).ToListAsync(cancellationToken);

    /// <summary>Feature ids of the phase that no installed module provides (yet).</summary>
    public IReadOnlyList<string> NotInstalled(PhaseRecord phase) => phase.FeatureIds.Where(id => catalog.Find(id) is null).ToList();

    public record PhasePlan(IReadOnlyList<FeatureDescriptor> ToEnable, IReadOnlyList<FeatureDescriptor> ToDisable);

    /// <summary>
    /// What applying the phase changes. Only features that some phase names (or needs) are switched off:
    /// a feature no phase mentions is left as an administrator set it.
    /// </summary>
    public PhasePlan Plan(PhaseRecord phase, IEnumerable<PhaseRecord> allPhases)
    {
        var wanted = Installed(phase.FeatureIds);
        var wantedIds = wanted.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var managed = Installed(allPhases.SelectMany(p => p.FeatureIds).Concat(phase.FeatureIds)).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return new PhasePlan(
            wanted.Where(f => !state.IsEnabled(f.Id)).ToList(),
            catalog.Features.Where(f => state.IsEnabled(f.Id) && !f.AlwaysEnabled && managed.Contains(f.Id) && !wantedIds.Contains(f.Id)).Reverse().ToList());
    }

    public async Task<PhasePlan> PlanAsync(PhaseRecord phase, CancellationToken cancellationToken) =>
        Plan(phase, await db.Phases.AsNoTracking().ToListAsync(cancellationToken));

    private IReadOnlyList<FeatureDescriptor> Installed(IEnumerable<string> featureIds) =>
        catalog.WithDependencies(featureIds.Where(id => catalog.Find(id) is not null));

    public async Task<PhasePlan> ApplyAsync(int phaseId, CancellationToken cancellationToken)
    {
        var phase = await db.Phases.SingleAsync(p => p.Id == phaseId, cancellationToken);
        var plan = await PlanAsync(phase, cancellationToken);
        if (plan.ToDisable.Count > 0)
        {
            await features.DisableAsync(plan.ToDisable.Select(f => f.Id), $"Phase '{phase.Name}'", cancellationToken);
        }

        if (plan.ToEnable.Count > 0)
        {
            await features.EnableAsync(plan.ToEnable.Select(f => f.Id), $"Phase '{phase.Name}'", cancellationToken);
        }

        phase.LastAppliedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add(FeatureManager.AuditModule, "Phase applied", phase.Name,
            $"Enabled: {string.Join(", ", plan.ToEnable.Select(f => f.Id))}; disabled: {string.Join(", ", plan.ToDisable.Select(f => f.Id))}");
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    public async Task SaveAsync(PhaseRecord edited, CancellationToken cancellationToken)
    {
        var phase = edited.Id == 0 ? null : await db.Phases.SingleOrDefaultAsync(p => p.Id == edited.Id, cancellationToken);
        if (phase is null)
        {
            phase = new PhaseRecord { Name = edited.Name };
            db.Phases.Add(phase);
        }

        phase.Name = edited.Name.Trim();
        phase.Description = edited.Description?.Trim();
        phase.Features = string.Join('\n', edited.FeatureIds.Distinct(StringComparer.Ordinal));
        phase.Order = edited.Order;
        audit.Add(FeatureManager.AuditModule, edited.Id == 0 ? "Phase created" : "Phase edited", phase.Name, phase.Features.Replace('\n', ' '));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(int phaseId, CancellationToken cancellationToken)
    {
        var phase = await db.Phases.SingleOrDefaultAsync(p => p.Id == phaseId, cancellationToken);
        if (phase is not null)
        {
            db.Phases.Remove(phase);
            audit.Add(FeatureManager.AuditModule, "Phase deleted", phase.Name);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
