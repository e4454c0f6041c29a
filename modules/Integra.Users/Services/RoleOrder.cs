using Integra.Core.Security;

namespace Integra.Users.Services;

/// <summary>Roles as staff expect to see them: the kernel's roles in their usual order, then any role a module added.</summary>
public static class RoleOrder
{
    public static int Rank(string role)
    {
        for (var i = 0; i < Roles.All.Count; i++)
        {
            if (Roles.All[i] == role)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    public static IReadOnlyList<string> Sort(IEnumerable<string> roles) =>
        roles.OrderBy(Rank).ThenBy(r => r, StringComparer.Ordinal).ToList();
}
