namespace Integra.Testing;

/// <summary>Signing in and out through the real account pages.</summary>
public static class AccountSession
{
    /// <summary>Posts the sign-in form; a redirect (302) means signed in, 200 means the form came back with a message.</summary>
    public static Task<HttpResponseMessage> SignInAsync(
        this HttpClient client, string email, string password, string? returnUrl = null, CancellationToken cancellationToken = default) =>
        client.SubmitFormAsync("/account/login", "/account/login",
            [("Email", email), ("Password", password), ("ReturnUrl", returnUrl ?? string.Empty)], cancellationToken);

    public static Task<HttpResponseMessage> SignOutAsync(this HttpClient client, CancellationToken cancellationToken = default) =>
        client.SubmitFormAsync("/account/logout", "/account/logout", [], cancellationToken);
}
