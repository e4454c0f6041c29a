using Integra.Applications;
using Integra.Applications.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Services;

/// <summary>
/// Takes the applicants the engine selected in a component 2 call into the component: each selected application
/// is handed over on the engine, and <see cref="HandOverToStartUps"/> makes its person a beneficiary.
/// </summary>
public sealed class BeneficiaryIntake(ApplicationsDbContext applications, ApplicationTransitions engine)
{
    /// <summary>The component 2 grant calls with applications selected and not yet handed over, with how many.</summary>
    public async Task<IReadOnlyList<(CallSetup Call, int Waiting)>> WaitingAsync(CancellationToken cancellationToken)
    {
        var calls = await applications.Calls.AsNoTracking()
            .Where(c => c.Component == StartUpsModule.Component && (c.CallType == null || c.CallType != StartUpCallTypes.BusinessPlan))
            .OrderBy(c => c.CallNumber).ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.Id).ToList();
        var waiting = await applications.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.CallSetupId) && a.Status == ApplicationStatus.Selected)
            .GroupBy(a => a.CallSetupId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. calls.Select(c => (c, waiting.GetValueOrDefault(c.Id)))];
    }

    /// <summary>Hands over every selected application of the call; returns how many were taken in and the first refusal, if any.</summary>
    public async Task<(int TakenIn, string? Error)> TakeInAsync(long callSetupId, CancellationToken cancellationToken)
    {
        var selected = await applications.Applications
            .Where(a => a.CallSetupId == callSetupId && a.Status == ApplicationStatus.Selected)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var takenIn = 0;
        foreach (var application in selected)
        {
            var result = await engine.FireAsync(application, ApplicationTrigger.HandOver, null, cancellationToken);
            if (!result.Succeeded)
            {
                return (takenIn, result.Error);
            }

            takenIn++;
        }

        return (takenIn, null);
    }
}
