using System.Net;
using System.Text.RegularExpressions;

namespace Integra.Testing.Kernel;

/// <summary>Signs a client in over HTTP the way a browser does: GET the login form, POST it back with its antiforgery token.</summary>
public static partial class LoginForm
{
    public const string Path = "/account/login";

    public static async Task SignInAsync(HttpClient client, string email, string password, CancellationToken cancellationToken)
    {
        var form = await client.GetAsync(Path, cancellationToken);
        var html = await form.Content.ReadAsStringAsync(cancellationToken);
        if (form.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {Path} answered {(int)form.StatusCode}; signing in over HTTP needs the login page.");
        }

        var token = AntiforgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"The page at {Path} has no __RequestVerificationToken field.");
        }

        var response = await client.PostAsync(Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
        }), cancellationToken);
        var location = response.Headers.Location;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null
            || new Uri(client.BaseAddress!, location).AbsolutePath.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode} {location}; expected a redirect away from the login page.");
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<value>[^"]*)"|<input[^>]*value="(?<value>[^"]*)"[^>]*name="__RequestVerificationToken"[^>]*""")]
    private static partial Regex AntiforgeryToken();
}
