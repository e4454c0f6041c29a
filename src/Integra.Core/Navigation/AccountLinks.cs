using System.Security.Claims;
using Integra.Core.Features;
using Integra.Core.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Core.Navigation;

/// <summary>A link on a signed-in person's own account pages to something a module keeps for them (text already localized).</summary>
public sealed record AccountLink(string Text, string Url, int Order = 0);

/// <summary>
/// What a module offers on the account pages of the person signed in, e.g. their certificates. Contributed with
/// <c>feature.Contribute&lt;IAccountLinkProvider, T&gt;()</c>, so a disabled feature's links are gone.
/// </summary>
public interface IAccountLinkProvider
{
    Task<IReadOnlyList<AccountLink>> LinksAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken);
}

/// <summary>The account links of enabled features for one person, in order.</summary>
public sealed class AccountLinks(IServiceProvider services, FeatureContributions contributions, FeatureState state)
{
    public async Task<IReadOnlyList<AccountLink>> ForAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken)
    {
        var links = new List<AccountLink>();
        foreach (var provider in contributions.Enabled<IAccountLinkProvider>(state, services))
        {
            links.AddRange(await provider.LinksAsync(user, culture, cancellationToken));
        }

        return [.. links.OrderBy(l => l.Order).ThenBy(l => l.Text, StringComparer.CurrentCulture)];
    }
}
