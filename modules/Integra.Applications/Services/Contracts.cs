using Integra.Applications.Data;

namespace Integra.Applications.Services;

/// <summary>One rule an application breaks, in words the applicant understands (already localized).</summary>
public sealed record EligibilityFailure(string Rule, string Message);

/// <summary>
/// Checks an application's answers against its call's eligibility rules (and the rules component modules add in
/// code). Shown to the applicant before submitting; checked again on submit; confirmed by staff in screening.
/// </summary>
public interface IEligibilityChecker
{
    Task<IReadOnlyList<EligibilityFailure>> CheckAsync(Application application, CallSetup call, CancellationToken cancellationToken);
}

/// <summary>An eligibility rule a component module adds in code for its call type.</summary>
public interface IEligibilityRule
{
    string CallType { get; }

    Task<EligibilityFailure?> CheckAsync(Application application, CallSetup call, CancellationToken cancellationToken);
}

/// <summary>
/// The e-mails of the engine (receipt, reminder, screening result, decision letter, appeal outcome…): one editable
/// Liquid template per message and culture, sent in the application's culture through the host's mail service.
/// </summary>
public interface IApplicationMailer
{
    /// <summary>Sends message <paramref name="messageKey"/> (see <see cref="ApplicationMessages"/>) to the applicant; false if there is no address.</summary>
    Task<bool> SendAsync(string messageKey, Application application, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken);
}

public static class ApplicationMessages
{
    public const string Receipt = "receipt";
    public const string DeadlineReminder = "deadline-reminder";
    public const string ScreeningResult = "screening-result";
    public const string DecisionLetter = "decision-letter";
    public const string AppealReceived = "appeal-received";
    public const string AppealDecision = "appeal-decision";
    public const string Withdrawn = "withdrawn";
}
