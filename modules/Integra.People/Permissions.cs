using Integra.Core.Security;

namespace Integra.People;

public sealed class Permissions : IPermissionProvider
{
    public const string ViewPeople = nameof(ViewPeople);
    public const string ViewSensitivePersonalData = nameof(ViewSensitivePersonalData);
    public const string MergePeople = nameof(MergePeople);
    public const string ApprovePersonalDataRequests = nameof(ApprovePersonalDataRequests);
    public const string RectifyPeople = nameof(RectifyPeople);

    private const string Category = "People";

    private static readonly Permission View = new(ViewPeople, "See the registry of people and each person's history", Category);
    private static readonly Permission Sensitive = new(ViewSensitivePersonalData, "See sensitive fields (returnee status, ethnicity, disability, personal number); every reading is logged", Category);
    private static readonly Permission Merge = new(MergePeople, "Review possible duplicates, merge or dismiss them", Category);
    private static readonly Permission Requests = new(ApprovePersonalDataRequests, "Approve or refuse erasure requests and read the sensitive data access log", Category);

    private static readonly Permission Rectify = new(RectifyPeople, "Correct a person's record at their request (rectification); every correction is audited with its reason", Category);

    public IEnumerable<Permission> GetPermissions() => [View, Sensitive, Merge, Requests, Rectify];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() =>
    [
        (Roles.ProgrammeOfficer, [View, Sensitive, Merge, Requests, Rectify]),
    ];
}
