using System.Net;
using System.Text.RegularExpressions;
using Integra.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Testing;

/// <summary>Ways for a test client to become a signed-in user.</summary>
public static partial class SignIn
{
    /// <summary>
    /// Signs in through the login form, as a person would: reads the form's antiforgery token, then posts
    /// <c>Email</c>, <c>Password</c> and the token to <c>/account/login</c>.
    /// </summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password, CancellationToken cancellationToken = default)
    {
        var form = await client.GetStringAsync("/account/login", cancellationToken);
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }), cancellationToken);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (response.StatusCode != HttpStatusCode.Redirect || location.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode} {location}");
        }
    }

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

        return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = address };
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        return match.Success ? match.Groups["token"].Value : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""(?<token>[^""]+)""")]
    private static partial Regex TokenInput();
}
