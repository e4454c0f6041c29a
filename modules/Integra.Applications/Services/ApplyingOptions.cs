namespace Integra.Applications.Services;

/// <summary>Limits of the applicant's side, from configuration section <c>Integra:Applications</c>.</summary>
public sealed class ApplyingOptions
{
    public const long Megabyte = 1024 * 1024;

    public long MaxFileBytes { get; set; } = 10 * Megabyte;

    public long MaxTotalBytes { get; set; } = 25 * Megabyte;

    /// <summary>No answer is ever longer than this, whatever the form says.</summary>
    public int MaxAnswerLength { get; set; } = 5000;

    /// <summary>Reminders go out this long before the close, to holders of unsubmitted drafts.</summary>
    public IReadOnlyList<int> ReminderDays { get; set; } = [3, 1];
}
