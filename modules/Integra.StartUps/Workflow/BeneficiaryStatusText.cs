namespace Integra.StartUps;

/// <summary>The English text (the localization key) for statuses and moves, as beneficiaries and staff read them.</summary>
public static class BeneficiaryStatusText
{
    public static string Of(BeneficiaryStatus status) => status switch
    {
        BeneficiaryStatus.Applied => "Applied",
        BeneficiaryStatus.SelectedForTraining => "Selected for training",
        BeneficiaryStatus.Trained => "Trained",
        BeneficiaryStatus.PlanSubmitted => "Business plan submitted",
        BeneficiaryStatus.Awarded => "Grant awarded",
        BeneficiaryStatus.EquipmentDelivered => "Equipment delivered",
        BeneficiaryStatus.Registered => "Business registered",
        BeneficiaryStatus.Active => "Active",
        BeneficiaryStatus.Struggling => "Struggling",
        BeneficiaryStatus.Closed => "Closed",
        BeneficiaryStatus.NotAwarded => "Not awarded",
        BeneficiaryStatus.DroppedOut => "Dropped out",
        _ => status.ToString(),
    };

    public static string Of(BeneficiaryTrigger trigger) => trigger switch
    {
        BeneficiaryTrigger.SelectForTraining => "Select for training",
        BeneficiaryTrigger.CompleteTraining => "Complete training",
        BeneficiaryTrigger.SubmitPlan => "Submit business plan",
        BeneficiaryTrigger.Award => "Award the grant",
        BeneficiaryTrigger.DeclineAward => "Do not award",
        BeneficiaryTrigger.DeliverEquipment => "Record equipment delivered",
        BeneficiaryTrigger.Register => "Record business registered",
        BeneficiaryTrigger.RecordActive => "Record as active",
        BeneficiaryTrigger.RecordStruggling => "Record as struggling",
        BeneficiaryTrigger.Close => "Record as closed",
        BeneficiaryTrigger.DropOut => "Record drop-out",
        _ => trigger.ToString(),
    };
}
