using Integra.Core.Security;

namespace Integra.Search;

public sealed class Permissions : IPermissionProvider
{
    public const string ManageSearch = "ManageSearch";

    public static readonly Permission ManageSearchPermission = new(ManageSearch, "See the search index and rebuild it", "Search");

    public IEnumerable<Permission> GetPermissions() => [ManageSearchPermission];
}
