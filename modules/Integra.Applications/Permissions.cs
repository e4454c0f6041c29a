using Integra.Core.Security;

namespace Integra.Applications;

public sealed class Permissions : IPermissionProvider
{
    public const string ApplyToCalls = nameof(ApplyToCalls);
    public const string ManageCallSetup = nameof(ManageCallSetup);
    public const string ViewApplications = nameof(ViewApplications);
    public const string ViewPersonalData = nameof(ViewPersonalData);
    public const string EnterAssistedApplications = nameof(EnterAssistedApplications);
    public const string ScreenApplications = nameof(ScreenApplications);
    public const string ManageReviews = nameof(ManageReviews);
    public const string EvaluateApplications = nameof(EvaluateApplications);
    public const string DecideApplications = nameof(DecideApplications);
    public const string DecideAppeals = nameof(DecideAppeals);
    public const string ExportApplications = nameof(ExportApplications);

    private const string Category = "Applications";

    private static readonly Permission Apply = new(ApplyToCalls, "Apply to open calls", Category);
    private static readonly Permission Setup = new(ManageCallSetup, "Set up calls: forms, eligibility, consent, places", Category);
    private static readonly Permission View = new(ViewApplications, "See applications and their status", Category);
    private static readonly Permission Personal = new(ViewPersonalData, "See applicants' personal and sensitive data", Category);
    private static readonly Permission Assisted = new(EnterAssistedApplications, "Enter paper and walk-in applications for applicants", Category);
    private static readonly Permission Screen = new(ScreenApplications, "Screen applications for eligibility", Category);
    private static readonly Permission Reviews = new(ManageReviews, "Assign evaluators and run the review", Category);
    private static readonly Permission Evaluate = new(EvaluateApplications, "Score the applications assigned to me", Category);
    private static readonly Permission Decide = new(DecideApplications, "Rank applications and decide selection", Category);
    private static readonly Permission Appeals = new(DecideAppeals, "Decide appeals", Category);
    private static readonly Permission Export = new(ExportApplications, "Export application lists", Category);

    public IEnumerable<Permission> GetPermissions() => [Apply, Setup, View, Personal, Assisted, Screen, Reviews, Evaluate, Decide, Appeals, Export];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (Roles.Applicant, [Apply]),
        (Roles.ProgrammeOfficer, [Setup, View, Personal, Assisted, Screen, Reviews, Decide, Appeals, Export]),
        (Roles.Evaluator, [Evaluate]),
    ];
}
