namespace Integra.StartUps;

/// <summary>Where a beneficiary stands. Stored by name, so adding a status never renumbers stored rows.</summary>
public enum BeneficiaryStatus
{
    Applied,
    SelectedForTraining,
    Trained,
    PlanSubmitted,
    Awarded,
    EquipmentDelivered,
    Registered,
    Active,
    Struggling,
    Closed,
    NotAwarded,
    DroppedOut,
}

/// <summary>The moves between statuses; <see cref="BeneficiaryWorkflow"/> says which are legal from where, and who may make them.</summary>
public enum BeneficiaryTrigger
{
    SelectForTraining,
    CompleteTraining,
    SubmitPlan,
    Award,
    DeclineAward,
    DeliverEquipment,
    Register,
    RecordActive,
    RecordStruggling,
    Close,
    DropOut,
}
