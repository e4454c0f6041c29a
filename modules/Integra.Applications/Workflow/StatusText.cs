namespace Integra.Applications;

/// <summary>The English text (the localization key) for statuses and moves, as applicants and staff read them.</summary>
public static class StatusText
{
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Draft",
        ApplicationStatus.Submitted => "Submitted",
        ApplicationStatus.Eligible => "Eligible",
        ApplicationStatus.Ineligible => "Not eligible",
        ApplicationStatus.UnderReview => "Under review",
        ApplicationStatus.Scored => "Scored",
        ApplicationStatus.Selected => "Selected",
        ApplicationStatus.Reserve => "On the reserve list",
        ApplicationStatus.Rejected => "Not selected",
        ApplicationStatus.Appealed => "Appeal lodged",
        ApplicationStatus.AppealUpheld => "Appeal upheld",
        ApplicationStatus.AppealDismissed => "Appeal dismissed",
        ApplicationStatus.Withdrawn => "Withdrawn",
        ApplicationStatus.HandedOver => "Handed over to the component",
        _ => status.ToString(),
    };

    public static string Of(ApplicationTrigger trigger) => trigger switch
    {
        ApplicationTrigger.Submit => "Submit",
        ApplicationTrigger.Withdraw => "Withdraw",
        ApplicationTrigger.PassScreening => "Pass screening",
        ApplicationTrigger.FailScreening => "Fail screening",
        ApplicationTrigger.StartReview => "Start review",
        ApplicationTrigger.CompleteScoring => "Complete scoring",
        ApplicationTrigger.Select => "Select",
        ApplicationTrigger.PlaceOnReserve => "Place on reserve list",
        ApplicationTrigger.Reject => "Reject",
        ApplicationTrigger.Appeal => "Appeal",
        ApplicationTrigger.UpholdAppeal => "Uphold appeal",
        ApplicationTrigger.DismissAppeal => "Dismiss appeal",
        ApplicationTrigger.Reinstate => "Reinstate",
        ApplicationTrigger.HandOver => "Hand over",
        _ => trigger.ToString(),
    };
}
