using System.Net;
using Integra.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Testing;

/// <summary>Signed-in clients for tests of screens that are not about signing in (those use <see cref="AccountSession"/>).</summary>
public static class SignIn
{
    /// <summary>
    /// A browser-like client (cookies, no automatic redirects) already signed in as the user, for tests of
    /// screens that need a signed-in user but are not about signing in. The cookie is the one the host's
    /// own sign-in manager issues, so it passes the same checks as one from the login form.
    /// </summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(this IntegraAppFactory app, string email)
    {
        var address = app.ServerAddress;
        var cookies = new CookieContainer();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<IntegraUser>>().FindByEmailAsync(email)
                ?? throw new InvalidOperationException($"There is no user {email}.");
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Scheme = address.Scheme;
            context.Request.Host = new HostString(address.Authority);
            var signInManager = scope.ServiceProvider.GetRequiredService<SignInManager<IntegraUser>>();
            signInManager.Context = context;
            await signInManager.SignInAsync(user, isPersistent: false);
            foreach (var header in context.Response.Headers.SetCookie)
            {
                cookies.SetCookies(address, header!);
            }
        }

        return app.CreateBrowserlikeClient(cookies);
    }
}
