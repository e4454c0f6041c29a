namespace Integra.Applications;

/// <summary>Where an application stands. Stored by name, so adding a status never renumbers stored rows.</summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    Eligible,
    Ineligible,
    UnderReview,
    Scored,
    Selected,
    Reserve,
    Rejected,
    Appealed,
    AppealUpheld,
    AppealDismissed,
    Withdrawn,
    HandedOver,
}

/// <summary>The moves between statuses; <see cref="ApplicationWorkflow"/> says which are legal from where, and who may make them.</summary>
public enum ApplicationTrigger
{
    Submit,
    Withdraw,
    PassScreening,
    FailScreening,
    StartReview,
    CompleteScoring,
    Select,
    PlaceOnReserve,
    Reject,
    Appeal,
    UpholdAppeal,
    DismissAppeal,
    Reinstate,
    HandOver,
}
