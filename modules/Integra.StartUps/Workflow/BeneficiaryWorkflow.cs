using Integra.Core.Workflow;
using Stateless;

namespace Integra.StartUps;

/// <summary>Who may fire a move: holders of a permission; some moves need a reason the beneficiary reads.</summary>
public sealed record BeneficiaryRule(BeneficiaryTrigger Trigger, string Permission, bool ReasonRequired = false);

/// <summary>
/// The beneficiary's state machine, declared once: applied → selected for training → trained → plan submitted →
/// awarded → equipment delivered → registered → monitored (active, struggling or closed). Services ask it whether a
/// move is legal; nothing else decides.
/// </summary>
public static class BeneficiaryWorkflow
{
    public static readonly IReadOnlyDictionary<BeneficiaryTrigger, BeneficiaryRule> Rules = new[]
    {
        new BeneficiaryRule(BeneficiaryTrigger.SelectForTraining, Permissions.ManageBeneficiaries),
        new BeneficiaryRule(BeneficiaryTrigger.CompleteTraining, Permissions.ManageTraining),
        new BeneficiaryRule(BeneficiaryTrigger.SubmitPlan, Permissions.ManageBeneficiaries),
        new BeneficiaryRule(BeneficiaryTrigger.Award, Permissions.DecideAwards, ReasonRequired: true),
        new BeneficiaryRule(BeneficiaryTrigger.DeclineAward, Permissions.DecideAwards, ReasonRequired: true),
        new BeneficiaryRule(BeneficiaryTrigger.DeliverEquipment, Permissions.ManageGrants),
        new BeneficiaryRule(BeneficiaryTrigger.Register, Permissions.ManageBeneficiaries),
        new BeneficiaryRule(BeneficiaryTrigger.RecordActive, Permissions.RecordMonitoringVisits),
        new BeneficiaryRule(BeneficiaryTrigger.RecordStruggling, Permissions.RecordMonitoringVisits, ReasonRequired: true),
        new BeneficiaryRule(BeneficiaryTrigger.Close, Permissions.RecordMonitoringVisits, ReasonRequired: true),
        new BeneficiaryRule(BeneficiaryTrigger.DropOut, Permissions.ManageBeneficiaries, ReasonRequired: true),
    }.ToDictionary(r => r.Trigger);

    /// <summary>The declared moves: services ask it whether a move is legal; nothing else decides.</summary>
    public static DeclaredWorkflow<BeneficiaryStatus, BeneficiaryTrigger> Machine { get; } = new(Declare);

    private static void Declare(StateMachine<BeneficiaryStatus, BeneficiaryTrigger> machine)
    {
        machine.Configure(BeneficiaryStatus.Applied)
            .Permit(BeneficiaryTrigger.SelectForTraining, BeneficiaryStatus.SelectedForTraining);

        machine.Configure(BeneficiaryStatus.SelectedForTraining)
            .Permit(BeneficiaryTrigger.CompleteTraining, BeneficiaryStatus.Trained)
            .Permit(BeneficiaryTrigger.DropOut, BeneficiaryStatus.DroppedOut);

        machine.Configure(BeneficiaryStatus.Trained)
            .Permit(BeneficiaryTrigger.SubmitPlan, BeneficiaryStatus.PlanSubmitted)
            .Permit(BeneficiaryTrigger.DropOut, BeneficiaryStatus.DroppedOut);

        machine.Configure(BeneficiaryStatus.PlanSubmitted)
            .Permit(BeneficiaryTrigger.Award, BeneficiaryStatus.Awarded)
            .Permit(BeneficiaryTrigger.DeclineAward, BeneficiaryStatus.NotAwarded)
            .Permit(BeneficiaryTrigger.DropOut, BeneficiaryStatus.DroppedOut);

        // A business not awarded in the first ranking moves up when an awarded one drops out.
        machine.Configure(BeneficiaryStatus.NotAwarded)
            .Permit(BeneficiaryTrigger.Award, BeneficiaryStatus.Awarded);

        machine.Configure(BeneficiaryStatus.Awarded)
            .Permit(BeneficiaryTrigger.DeliverEquipment, BeneficiaryStatus.EquipmentDelivered)
            .Permit(BeneficiaryTrigger.DropOut, BeneficiaryStatus.DroppedOut);

        machine.Configure(BeneficiaryStatus.EquipmentDelivered)
            .Permit(BeneficiaryTrigger.Register, BeneficiaryStatus.Registered);

        // From registration on, each monitoring visit records how the business is doing; a closed business stays closed.
        machine.Configure(BeneficiaryStatus.Registered)
            .Permit(BeneficiaryTrigger.RecordActive, BeneficiaryStatus.Active)
            .Permit(BeneficiaryTrigger.RecordStruggling, BeneficiaryStatus.Struggling)
            .Permit(BeneficiaryTrigger.Close, BeneficiaryStatus.Closed);

        machine.Configure(BeneficiaryStatus.Active)
            .PermitReentry(BeneficiaryTrigger.RecordActive)
            .Permit(BeneficiaryTrigger.RecordStruggling, BeneficiaryStatus.Struggling)
            .Permit(BeneficiaryTrigger.Close, BeneficiaryStatus.Closed);

        machine.Configure(BeneficiaryStatus.Struggling)
            .Permit(BeneficiaryTrigger.RecordActive, BeneficiaryStatus.Active)
            .PermitReentry(BeneficiaryTrigger.RecordStruggling)
            .Permit(BeneficiaryTrigger.Close, BeneficiaryStatus.Closed);
    }

    /// <summary>Statuses a business established counts from: registered, whatever the monitoring found since.</summary>
    public static IReadOnlyList<BeneficiaryStatus> Established { get; } =
        [BeneficiaryStatus.Registered, BeneficiaryStatus.Active, BeneficiaryStatus.Struggling, BeneficiaryStatus.Closed];
}
