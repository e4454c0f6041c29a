using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Integra.Users.Services;

/// <summary>
/// Sends staff who must use two-factor sign-in and have not set it up from every admin page to the setup page.
/// The setup and sign-out pages live under /account, so they stay reachable.
/// </summary>
public sealed class StaffTwoFactorFilter(TwoFactorPolicy policy) : IAsyncAuthorizationFilter
{
    public const string SetupPath = "/account/manage/two-factor/enable";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/admin") || !await policy.MustSetUpAsync(http.User, http.RequestAborted))
        {
            return;
        }

        var returnUrl = http.Request.Path + http.Request.QueryString;
        context.Result = new RedirectResult(SetupPath + QueryString.Create("returnUrl", returnUrl));
    }
}
