namespace Integra.Core.Security;

/// <summary>The roles every Integra site starts with. Administrators hold every permission.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string ProgrammeOfficer = "Programme officer";
    public const string Evaluator = "Evaluator";
    public const string MunicipalOfficial = "Municipal official";
    public const string Applicant = "Applicant";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, ProgrammeOfficer, Evaluator, MunicipalOfficial, Applicant];

    /// <summary>Roles whose members work on the staff side, for whom two-factor sign-in can be required.</summary>
    public static readonly IReadOnlyList<string> Staff = [Administrator, Editor, ProgrammeOfficer, Evaluator, MunicipalOfficial];

    public const string PermissionClaimType = "Permission";
}
