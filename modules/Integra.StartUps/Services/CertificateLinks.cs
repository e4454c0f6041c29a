using System.Security.Claims;
using Integra.Core.Navigation;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Services;

/// <summary>Points a trainee's account pages to their training certificates, once they have one.</summary>
public sealed class CertificateLinks(CertificateService certificates, IStringLocalizer<CertificateLinks> T) : IAccountLinkProvider
{
    public static string Url(string culture) => $"/{culture}/account/certificates";

    public async Task<IReadOnlyList<AccountLink>> LinksAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken) =>
        (await certificates.OfUserAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken)).Count > 0
            ? [new AccountLink(T["My training certificates"], Url(culture))]
            : [];
}
