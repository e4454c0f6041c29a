using Integra.Core.Navigation;

namespace Integra.People;

public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("People", "People", "/admin/people", Permissions.ViewPeople, 10),
        new("People", "Possible duplicates", "/admin/people/duplicates", Permissions.MergePeople, 20),
        new("People", "Personal data requests", "/admin/people/requests", Permissions.ApprovePersonalDataRequests, 30),
        new("People", "Sensitive data access log", "/admin/people/access-log", Permissions.ApprovePersonalDataRequests, 40),
    ];
}
