using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Users.Services;

/// <summary>
/// Sends staff who must use two-factor sign-in and have not set it up from every admin page to the setup page.
/// The setup and sign-out pages live under /account, so they stay reachable. One instance serves every request and
/// asks for the policy (settings, the user store) only on admin pages: public pages must not pay for it.
/// </summary>
public sealed class StaffTwoFactorFilter : IAsyncAuthorizationFilter
{
    public const string SetupPath = "/account/manage/two-factor/enable";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/admin")
            || !await http.RequestServices.GetRequiredService<TwoFactorPolicy>().MustSetUpAsync(http.User, http.RequestAborted))
        {
            return;
        }

        var returnUrl = http.Request.Path + http.Request.QueryString;
        context.Result = new RedirectResult(SetupPath + QueryString.Create("returnUrl", returnUrl));
    }
}
