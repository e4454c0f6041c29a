using System.Security.Claims;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Core.Navigation;

/// <summary>The admin menu as one user sees it: entries of enabled features that the user may open.</summary>
public sealed class AdminMenuService(IServiceProvider services, FeatureContributions contributions, FeatureState state, PermissionService permissions)
{
    public async Task<IReadOnlyList<IGrouping<string, AdminMenuItem>>> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var (featureId, type) in contributions.Of<IAdminMenuProvider>())
        {
            if (!state.IsEnabled(featureId))
            {
                continue;
            }

            foreach (var item in ((IAdminMenuProvider)services.GetRequiredService(type)).GetItems())
            {
                if (item.Permission is null || await permissions.HasPermissionAsync(user, item.Permission, cancellationToken))
                {
                    visible.Add(item);
                }
            }
        }

        return visible.OrderBy(i => i.Order).ThenBy(i => i.Text, StringComparer.CurrentCulture)
            .GroupBy(i => i.Section).ToList();
    }
}
