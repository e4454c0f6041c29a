using Integra.Core.Workflow;
using Stateless;

namespace Integra.Applications;

/// <summary>Who may fire a move: the applicant who owns the application, or a holder of a permission.</summary>
public sealed record TriggerRule(ApplicationTrigger Trigger, string? Permission, bool Owner = false, bool ReasonRequired = false);

/// <summary>
/// The application's state machine, declared once. Services ask it whether a move is legal; nothing else decides.
/// </summary>
public static class ApplicationWorkflow
{
    public static readonly IReadOnlyDictionary<ApplicationTrigger, TriggerRule> Rules = new[]
    {
        new TriggerRule(ApplicationTrigger.Submit, Permissions.ApplyToCalls, Owner: true),
        new TriggerRule(ApplicationTrigger.Withdraw, Permissions.ApplyToCalls, Owner: true),
        new TriggerRule(ApplicationTrigger.Appeal, Permissions.ApplyToCalls, Owner: true, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.PassScreening, Permissions.ScreenApplications, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.FailScreening, Permissions.ScreenApplications, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.StartReview, Permissions.ManageReviews),
        new TriggerRule(ApplicationTrigger.CompleteScoring, Permissions.ManageReviews),
        new TriggerRule(ApplicationTrigger.Select, Permissions.DecideApplications, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.PlaceOnReserve, Permissions.DecideApplications, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.Reject, Permissions.DecideApplications, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.UpholdAppeal, Permissions.DecideAppeals, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.DismissAppeal, Permissions.DecideAppeals, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.Reinstate, Permissions.DecideAppeals, ReasonRequired: true),
        new TriggerRule(ApplicationTrigger.HandOver, Permissions.DecideApplications),
    }.ToDictionary(r => r.Trigger);

    /// <summary>The declared moves: services ask it whether a move is legal; nothing else decides.</summary>
    public static DeclaredWorkflow<ApplicationStatus, ApplicationTrigger> Machine { get; } = new(Declare);

    private static void Declare(StateMachine<ApplicationStatus, ApplicationTrigger> machine)
    {
        machine.Configure(ApplicationStatus.Draft)
            .Permit(ApplicationTrigger.Submit, ApplicationStatus.Submitted)
            .Permit(ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn);

        // Until the deadline an applicant may change and resubmit; the deadline itself is the submit service's check.
        machine.Configure(ApplicationStatus.Submitted)
            .PermitReentry(ApplicationTrigger.Submit)
            .Permit(ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn)
            .Permit(ApplicationTrigger.PassScreening, ApplicationStatus.Eligible)
            .Permit(ApplicationTrigger.FailScreening, ApplicationStatus.Ineligible);

        machine.Configure(ApplicationStatus.Eligible)
            .Permit(ApplicationTrigger.StartReview, ApplicationStatus.UnderReview)
            .Permit(ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn);

        machine.Configure(ApplicationStatus.Ineligible)
            .Permit(ApplicationTrigger.Appeal, ApplicationStatus.Appealed);

        machine.Configure(ApplicationStatus.UnderReview)
            .Permit(ApplicationTrigger.CompleteScoring, ApplicationStatus.Scored)
            .Permit(ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn);

        machine.Configure(ApplicationStatus.Scored)
            .Permit(ApplicationTrigger.Select, ApplicationStatus.Selected)
            .Permit(ApplicationTrigger.PlaceOnReserve, ApplicationStatus.Reserve)
            .Permit(ApplicationTrigger.Reject, ApplicationStatus.Rejected)
            .Permit(ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn);

        machine.Configure(ApplicationStatus.Selected)
            .Permit(ApplicationTrigger.HandOver, ApplicationStatus.HandedOver)
            .Permit(ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn);

        // A reserve moves up when a selected applicant withdraws.
        machine.Configure(ApplicationStatus.Reserve)
            .Permit(ApplicationTrigger.Select, ApplicationStatus.Selected)
            .Permit(ApplicationTrigger.Appeal, ApplicationStatus.Appealed)
            .Permit(ApplicationTrigger.Withdraw, ApplicationStatus.Withdrawn);

        machine.Configure(ApplicationStatus.Rejected)
            .Permit(ApplicationTrigger.Appeal, ApplicationStatus.Appealed);

        machine.Configure(ApplicationStatus.Appealed)
            .Permit(ApplicationTrigger.UpholdAppeal, ApplicationStatus.AppealUpheld)
            .Permit(ApplicationTrigger.DismissAppeal, ApplicationStatus.AppealDismissed);

        // An upheld appeal puts the application back: into the review if screening was wrong, or straight to selection.
        machine.Configure(ApplicationStatus.AppealUpheld)
            .Permit(ApplicationTrigger.Reinstate, ApplicationStatus.Eligible)
            .Permit(ApplicationTrigger.Select, ApplicationStatus.Selected);
    }
}
