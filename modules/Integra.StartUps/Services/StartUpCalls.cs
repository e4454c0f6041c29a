using System.Text.Json;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Core.Audit;
using Integra.People.Data;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>A component 2 call on the engine with what this module adds to it.</summary>
public sealed record StartUpCall(CallSetup Setup, StartUpCallSettings? Settings)
{
    public bool IsPlanCall => Setup.CallType == StartUpCallTypes.BusinessPlan;

    public string Label => StartUpCallTypes.Label(Setup.CallNumber) + (IsPlanCall ? "-P" : string.Empty);
}

/// <summary>
/// Component 2's calls: turning an engine call into a grant call or a business plan call with the component's
/// defaults (eligibility by age and sex, the budget split, priority sectors, completion rule, the rubric), and the
/// settings staff change afterwards.
/// </summary>
public sealed class StartUpCalls(ApplicationsDbContext applications, ReviewsDbContext reviews, StartUpsDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Women 18–65 and men 18–35, on the day the call closes.</summary>
    public static EligibilityRules DefaultEligibility { get; } = new()
    {
        AgeBySex = new() { [Sexes.Female] = new AgeRange(18, 65), [Sexes.Male] = new AgeRange(18, 35) },
    };

    public async Task<IReadOnlyList<StartUpCall>> ListAsync(CancellationToken cancellationToken)
    {
        var setups = await applications.Calls.AsNoTracking().Where(c => c.Component == StartUpsModule.Component)
            .OrderBy(c => c.CallNumber).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var ids = setups.Select(s => s.Id).ToList();
        var settings = await db.CallSettings.AsNoTracking().Where(s => ids.Contains(s.CallSetupId)).ToDictionaryAsync(s => s.CallSetupId, cancellationToken);
        return [.. setups.Select(s => new StartUpCall(s, settings.GetValueOrDefault(s.Id)))];
    }

    public async Task<StartUpCall?> GetAsync(long callSetupId, CancellationToken cancellationToken)
    {
        var setup = await applications.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callSetupId && c.Component == StartUpsModule.Component, cancellationToken);
        return setup is null ? null : new StartUpCall(setup, await db.CallSettings.AsNoTracking().FirstOrDefaultAsync(s => s.CallSetupId == callSetupId, cancellationToken));
    }

    /// <summary>
    /// Makes the engine's call a component 2 grant call with the component's defaults. Rules staff already set on the
    /// engine (eligibility, the rubric) are kept; only what is missing takes the default.
    /// </summary>
    public Task<bool> UseAsGrantCallAsync(long callSetupId, CancellationToken cancellationToken) =>
        ApplyAsync(callSetupId, StartUpCallTypes.Grant, null, cancellationToken);

    /// <summary>Makes the engine's call the business plan stage of <paramref name="grantCallSetupId"/>: trainees of that call submit their plans in it.</summary>
    public Task<bool> UseAsPlanCallAsync(long callSetupId, long grantCallSetupId, CancellationToken cancellationToken) =>
        ApplyAsync(callSetupId, StartUpCallTypes.BusinessPlan, grantCallSetupId, cancellationToken);

    private async Task<bool> ApplyAsync(long callSetupId, string callType, long? grantCallSetupId, CancellationToken cancellationToken)
    {
        var setup = await applications.Calls.FirstOrDefaultAsync(c => c.Id == callSetupId && c.Component == StartUpsModule.Component, cancellationToken);
        if (setup is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        StartUpCallSettings? grantSettings = null;
        if (grantCallSetupId is { } grantId)
        {
            var grant = await applications.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == grantId && c.CallType == StartUpCallTypes.Grant, cancellationToken);
            grantSettings = await db.CallSettings.FirstOrDefaultAsync(s => s.CallSetupId == grantId, cancellationToken);
            if (grant is null || grantSettings is null || grantId == callSetupId)
            {
                return false;
            }

            grantSettings.PlanCallSetupId = callSetupId;
            grantSettings.UpdatedUtc = now;
            grantSettings.Revision = Guid.NewGuid();
            // The plan stage awards against the grant call's places per municipality unless staff set its own.
            if (setup.PlacesJson is "{}" or "")
            {
                setup.PlacesJson = grant.PlacesJson;
            }
        }

        setup.CallType = callType;
        if (callType == StartUpCallTypes.Grant && setup.Eligibility() is { AgeBySex.Count: 0 })
        {
            setup.EligibilityJson = CallSetupSettings.Write(DefaultEligibility);
        }

        setup.UpdatedUtc = now;
        setup.Revision = Guid.NewGuid();
        await applications.SaveChangesAsync(cancellationToken);

        if (!await db.CallSettings.AnyAsync(s => s.CallSetupId == callSetupId, cancellationToken))
        {
            db.CallSettings.Add(new StartUpCallSettings
            {
                CallSetupId = callSetupId,
                PrioritySectorsJson = JsonSerializer.Serialize(Sectors.DefaultPriorities),
                UpdatedUtc = now,
                Revision = Guid.NewGuid(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        if (!await reviews.Settings.AnyAsync(s => s.CallSetupId == callSetupId, cancellationToken))
        {
            reviews.Settings.Add(new CallReviewSettings { CallSetupId = callSetupId, CriteriaJson = Criterion.ListToJson(Rubrics.Default), UpdatedUtc = now, Revision = Guid.NewGuid() });
            await reviews.SaveChangesAsync(cancellationToken);
        }

        await audit.WriteAsync(StartUpsModule.Id, "call.defaults", $"#{callSetupId}", callType + (grantCallSetupId is { } g ? $" for #{g}" : string.Empty), cancellationToken);
        return true;
    }

    /// <summary>Saves the component's settings of a call; a change based on an older revision is refused.</summary>
    public async Task<bool> SaveAsync(long callSetupId, Guid revision, decimal grantTotal, decimal projectInKind, decimal beneficiaryShare, decimal municipalShare, IReadOnlyCollection<string> prioritySectors, int completionPercent, CancellationToken cancellationToken)
    {
        var settings = await db.CallSettings.FirstOrDefaultAsync(s => s.CallSetupId == callSetupId, cancellationToken);
        if (settings is null || settings.Revision != revision)
        {
            return false;
        }

        settings.GrantTotal = grantTotal;
        settings.ProjectInKind = projectInKind;
        settings.BeneficiaryShare = beneficiaryShare;
        settings.MunicipalShare = municipalShare;
        settings.PrioritySectorsJson = JsonSerializer.Serialize(prioritySectors.Where(s => Sectors.Options.Any(o => o.Value == s)).Distinct());
        settings.CompletionPercent = completionPercent;
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        settings.Revision = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(StartUpsModule.Id, "call.settings", $"#{callSetupId}",
            $"grant {grantTotal} = {projectInKind} in kind + {beneficiaryShare} beneficiary + {municipalShare} municipality; sectors {settings.PrioritySectorsJson}; completion {completionPercent}%", cancellationToken);
        return true;
    }

    public static IReadOnlyList<string> PrioritySectors(StartUpCallSettings settings) =>
        JsonSerializer.Deserialize<List<string>>(settings.PrioritySectorsJson) ?? [];
}
