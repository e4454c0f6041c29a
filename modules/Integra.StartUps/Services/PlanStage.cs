using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Core.Data;
using Integra.People.Services;
using Integra.StartUps.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Services;

/// <summary>
/// The business plan stage on the engine. Only trainees who completed the training of the grant call linked to a
/// plan call may apply to it; submitting, selection and rejection there move the trainee's beneficiary record
/// (plan submitted, awarded, not awarded), so the engine's review and ranking against places per municipality decide the awards.
/// </summary>
public sealed class PlanStage(
    ApplicationsDbContext applications,
    StartUpsDbContext db,
    IPersonRegistry people,
    BeneficiaryTransitions transitions,
    IStringLocalizer<PlanStage> T) : IEligibilityRule, IApplicationTransitionHandler
{
    public const string TrainedRule = "component2.trained";

    public string CallType => StartUpCallTypes.BusinessPlan;

    public async Task<EligibilityFailure?> CheckAsync(Application application, CallSetup call, CancellationToken cancellationToken)
    {
        var beneficiary = await BeneficiaryAsync(application, call.Id, cancellationToken);
        return beneficiary is { Status: BeneficiaryStatus.Trained or BeneficiaryStatus.PlanSubmitted }
            ? null
            : new EligibilityFailure(TrainedRule, T["Only trainees who completed the component's business training may submit a business plan to this call."]);
    }

    public async Task OnTransitionedAsync(Application application, ApplicationEvent change, CancellationToken cancellationToken)
    {
        var trigger = change.ToStatus switch
        {
            ApplicationStatus.Submitted when change.FromStatus != ApplicationStatus.Submitted => BeneficiaryTrigger.SubmitPlan,
            ApplicationStatus.Selected => BeneficiaryTrigger.Award,
            ApplicationStatus.Rejected => BeneficiaryTrigger.DeclineAward,
            _ => (BeneficiaryTrigger?)null,
        };
        if (trigger is null)
        {
            return;
        }

        // Find: the submission that fired the move has usually loaded the call already, so a submission costs no extra query.
        var call = await applications.Calls.FindAsync([application.CallSetupId], cancellationToken);
        if (call?.CallType != StartUpCallTypes.BusinessPlan)
        {
            return;
        }

        // A submission moves the application inside its own transaction: the beneficiary's move joins it on the same
        // connection, so SQLite's single writer does not wait for itself and a rolled-back submission takes the move too.
        using var joined = SharedTransaction.Join(applications, db);
        if (await BeneficiaryAsync(application, call.Id, cancellationToken) is { } beneficiary && BeneficiaryWorkflow.Machine.CanFire(beneficiary.Status, trigger.Value))
        {
            var reason = change.Reason ?? (application.Reference is { } reference ? T["Business plan {0}", reference].Value : null);
            await transitions.FireAsync(beneficiary, trigger.Value, reason, cancellationToken, followsFrom: true);
        }
    }

    /// <summary>The applicant's beneficiary record in the grant call whose plan stage is <paramref name="planCallSetupId"/>.</summary>
    private async Task<Beneficiary?> BeneficiaryAsync(Application application, long planCallSetupId, CancellationToken cancellationToken)
    {
        var personId = application.PersonId
            ?? (application.ApplicantUserId is { } userId ? (await people.FindByUserAsync(userId, cancellationToken))?.Id : null);
        if (personId is not { } id)
        {
            return null;
        }

        var person = (await people.ResolveIdsAsync([id], cancellationToken)).GetValueOrDefault(id, id);
        var grantCalls = await db.CallSettings.AsNoTracking().Where(s => s.PlanCallSetupId == planCallSetupId).Select(s => s.CallSetupId).ToListAsync(cancellationToken);
        return await db.Beneficiaries.Where(b => b.PersonId == person && grantCalls.Contains(b.CallSetupId))
            .OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
