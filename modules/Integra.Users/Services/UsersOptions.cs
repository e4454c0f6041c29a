namespace Integra.Users.Services;

/// <summary>Configuration section <c>Integra:Users</c>.</summary>
public sealed class UsersOptions
{
    /// <summary>
    /// The site's public address (e.g. https://project-integra.net) for links in account e-mails. Without it the
    /// links use the address of the request, which is only safe behind a proxy that checks the Host header.
    /// </summary>
    public string? PublicOrigin { get; set; }
}
