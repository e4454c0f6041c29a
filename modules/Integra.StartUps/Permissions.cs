using Integra.Core.Security;

namespace Integra.StartUps;

public sealed class Permissions : IPermissionProvider
{
    public const string ViewStartUps = nameof(ViewStartUps);
    public const string ManageBeneficiaries = nameof(ManageBeneficiaries);
    public const string ManageTraining = nameof(ManageTraining);
    public const string DecideAwards = nameof(DecideAwards);
    public const string ManageGrants = nameof(ManageGrants);
    public const string RecordMonitoringVisits = nameof(RecordMonitoringVisits);
    public const string ExportStartUps = nameof(ExportStartUps);

    private const string Category = "Component 2: business start-up grants";

    private static readonly Permission View = new(ViewStartUps, "See beneficiaries, training, grants and the component's dashboard", Category);
    private static readonly Permission Beneficiaries = new(ManageBeneficiaries, "Take beneficiaries in, record registration and drop-outs", Category);
    private static readonly Permission Training = new(ManageTraining, "Run training: cohorts, sessions, attendance, completion", Category);
    private static readonly Permission Awards = new(DecideAwards, "Decide equipment grant awards", Category);
    private static readonly Permission Grants = new(ManageGrants, "Manage equipment, co-financing and delivery", Category);
    private static readonly Permission Visits = new(RecordMonitoringVisits, "Record monitoring visits and business status", Category);
    private static readonly Permission Export = new(ExportStartUps, "Export the component's lists", Category);

    public IEnumerable<Permission> GetPermissions() => [View, Beneficiaries, Training, Awards, Grants, Visits, Export];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (Roles.ProgrammeOfficer, [View, Beneficiaries, Training, Awards, Grants, Visits, Export]),

        // Component 1's officials join monitoring visits (issue 5): they see the component and record the visits
        // they make. Grants are not scoped by municipality, so this is component-wide.
        (Roles.MunicipalOfficial, [View, Visits]),
    ];
}
