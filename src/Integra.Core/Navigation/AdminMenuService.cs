using System.Globalization;
using System.Security.Claims;
using Integra.Core.Features;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Core.Navigation;

/// <summary>The admin menu as one user sees it: entries of enabled features that the user may open.</summary>
public sealed class AdminMenuService(IServiceProvider services, FeatureContributions contributions, FeatureState state, PermissionService permissions, TranslationCatalog catalog)
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

            var scope = type.Assembly.GetName().Name;
            foreach (var item in ((IAdminMenuProvider)services.GetRequiredService(type)).GetItems())
            {
                if (item.Permission is null || await permissions.HasPermissionAsync(user, item.Permission, cancellationToken))
                {
                    visible.Add(item with { Scope = scope });
                }
            }
        }

        return visible.OrderBy(i => i.Order).ThenBy(TextOf, StringComparer.CurrentCulture)
            .GroupBy(i => i.Section).ToList();
    }

    /// <summary>
    /// The item's text in the current language, as the module that added it translates it: another module may use the
    /// same English word for something else ("Search" is the search index's screen here, a search box elsewhere).
    /// </summary>
    public string TextOf(AdminMenuItem item) => catalog.Find(CultureInfo.CurrentUICulture, item.Text, item.Scope) ?? item.Text;
}
