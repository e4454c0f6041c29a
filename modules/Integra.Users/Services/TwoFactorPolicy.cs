using System.Security.Claims;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.Core.Settings;
using Microsoft.AspNetCore.Identity;

namespace Integra.Users.Services;

/// <summary>Whether a signed-in user must set up two-factor sign-in before working in the admin.</summary>
public sealed class TwoFactorPolicy(SiteSettingsService settings, UserManager<IntegraUser> users)
{
    public static bool IsStaff(ClaimsPrincipal principal) => Roles.Staff.Any(principal.IsInRole);

    /// <summary>The site requires two-factor sign-in for this user's roles.</summary>
    public async Task<bool> IsRequiredAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        IsStaff(principal) && (await settings.GetAsync(cancellationToken)).RequireTwoFactorForStaff;

    /// <summary>Two-factor sign-in is required for this user and not enabled yet.</summary>
    public async Task<bool> MustSetUpAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Identity?.IsAuthenticated != true || !await IsRequiredAsync(principal, cancellationToken))
        {
            return false;
        }

        var user = await users.GetUserAsync(principal);
        return user is { TwoFactorEnabled: false };
    }
}
