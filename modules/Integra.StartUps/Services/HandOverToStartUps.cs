using Integra.Applications;
using Integra.Applications.Data;
using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Integra.StartUps.Services;

/// <summary>
/// When the engine hands over an application selected in a component 2 call, the person becomes a beneficiary:
/// applied, then selected for training. Handing the same application over twice changes nothing.
/// </summary>
public sealed class HandOverToStartUps(
    ApplicationsDbContext applications,
    StartUpsDbContext db,
    BeneficiaryTransitions transitions,
    TimeProvider clock,
    ILogger<HandOverToStartUps> logger) : IApplicationTransitionHandler
{
    public async Task OnTransitionedAsync(Application application, ApplicationEvent change, CancellationToken cancellationToken)
    {
        if (change.ToStatus != ApplicationStatus.HandedOver)
        {
            return;
        }

        var setup = await applications.Calls.FindAsync([application.CallSetupId], cancellationToken);
        if (setup is null || setup.Component != StartUpsModule.Component || setup.CallType == StartUpCallTypes.BusinessPlan)
        {
            return;
        }

        if (application.PersonId is not { } personId)
        {
            logger.LogWarning("Application {Application} was handed over without a person in the registry; no beneficiary was created", application.Id);
            return;
        }

        if (await db.Beneficiaries.AnyAsync(b => b.ApplicationId == application.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var beneficiary = new Beneficiary
        {
            ApplicationId = application.Id,
            Reference = application.Reference,
            PersonId = personId,
            CallSetupId = setup.Id,
            CallNumber = setup.CallNumber,
            Municipality = application.Municipality ?? string.Empty,
            Culture = application.Culture,
            Status = BeneficiaryStatus.Applied,
            CreatedUtc = now,
            UpdatedUtc = now,
            Revision = Guid.NewGuid(),
        };
        db.Beneficiaries.Add(beneficiary);
        await db.SaveChangesAsync(cancellationToken);
        await transitions.FireAsync(beneficiary, BeneficiaryTrigger.SelectForTraining, change.Reason, cancellationToken, followsFrom: true);
    }
}
