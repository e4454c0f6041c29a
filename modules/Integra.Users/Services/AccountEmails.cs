using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Integra.Core.Data;
using Integra.Core.Email;
using Integra.Core.Localization;
using Integra.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Integra.Users.Services;

/// <summary>The e-mails of the account pages, written in the recipient's language, with links back to the site.</summary>
public sealed class AccountEmails(
    EmailSender sender,
    UserManager<IntegraUser> users,
    SiteSettingsService settings,
    IHttpContextAccessor httpContextAccessor,
    IOptions<UsersOptions> options,
    IStringLocalizer<AccountEmails> t)
{
    /// <summary>Escapes markup only, leaving letters such as ë and č readable in the mail's source.</summary>
    private static readonly HtmlEncoder ReadableHtml = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task SendConfirmationAsync(IntegraUser user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link("/account/confirm-email", user, token);
        await SendAsync(user, CultureOf(user), site => new(
            t["Confirm your e-mail address for {0}", site],
            t["Hello {0},", Name(user)],
            t["Thank you for registering with {0}. Please confirm your e-mail address to finish creating your account.", site],
            t["Confirm my e-mail address"],
            link,
            t["If you did not register, you can ignore this e-mail."]), cancellationToken);
    }

    public async Task SendPasswordResetAsync(IntegraUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link("/account/reset-password", user, token);
        await SendAsync(user, CultureOf(user), site => new(
            t["Reset your password for {0}", site],
            t["Hello {0},", Name(user)],
            t["Someone asked to reset the password of your account at {0}. Use the link below to choose a new password.", site],
            t["Choose a new password"],
            link,
            t["If you did not ask for this, you can ignore this e-mail: your password stays as it is."]), cancellationToken);
    }

    /// <summary>Someone tried to register with the address of an existing account: its owner is told, the visitor is not.</summary>
    public async Task SendAlreadyRegisteredAsync(IntegraUser user, CancellationToken cancellationToken)
    {
        await SendAsync(user, CultureOf(user), site => new(
            t["You already have an account at {0}", site],
            t["Hello {0},", Name(user)],
            t["Someone tried to register at {0} with this e-mail address, which already has an account. You can sign in, or reset your password if you have forgotten it.", site],
            t["Sign in"],
            Origin() + "/account/login",
            t["If this was not you, you can ignore this e-mail."]), cancellationToken);
    }

    /// <summary>An account created by staff: the link lets the invited person choose their password.</summary>
    public async Task SendInvitationAsync(IntegraUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link("/account/reset-password", user, token) + "&invited=true";
        var culture = user.PreferredCulture ?? (await settings.GetAsync(cancellationToken)).DefaultCulture;
        await SendAsync(user, culture, site => new(
            t["You are invited to {0}", site],
            t["Hello {0},", Name(user)],
            t["An account has been created for you at {0}. Use the link below to choose your password, then sign in with this e-mail address.", site],
            t["Choose my password"],
            link,
            t["If you did not expect this invitation, you can ignore this e-mail."]), cancellationToken);
    }

    private async Task SendAsync(IntegraUser user, string culture, Func<string, Letter> write, CancellationToken cancellationToken)
    {
        var site = (await settings.GetAsync(cancellationToken)).SiteName;
        Letter letter;
        var (previousCulture, previousUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Info(Cultures.Normalize(culture) ?? Cultures.Default);
            letter = write(site);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previousCulture, previousUiCulture);
        }

        var html = ReadableHtml;
        var htmlBody =
            $"<p>{html.Encode(letter.Greeting)}</p>\n<p>{html.Encode(letter.Body)}</p>\n" +
            $"<p><a href=\"{html.Encode(letter.Link)}\">{html.Encode(letter.Action)}</a></p>\n" +
            $"<p>{html.Encode(letter.Footer)}</p>\n<p>{html.Encode(site)}</p>";
        var textBody = $"{letter.Greeting}\n\n{letter.Body}\n\n{letter.Action}:\n{letter.Link}\n\n{letter.Footer}\n\n{site}\n";
        await sender.SendAsync(new EmailMessage(user.Email!, letter.Subject, htmlBody, textBody), cancellationToken);
    }

    private string Link(string path, IntegraUser user, string token) =>
        $"{Origin()}{path}{QueryString.Create(new Dictionary<string, string?> { ["userId"] = user.Id, ["code"] = AccountTokens.Encode(token) })}";

    private string Origin()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicOrigin))
        {
            return options.Value.PublicOrigin.TrimEnd('/');
        }

        var request = httpContextAccessor.HttpContext?.Request
            ?? throw new InvalidOperationException("Account e-mails outside a request need Integra:Users:PublicOrigin.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    private static string CultureOf(IntegraUser user) => user.PreferredCulture ?? CultureInfo.CurrentUICulture.Name;

    private static string Name(IntegraUser user) => string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email! : user.DisplayName;

    private sealed record Letter(string Subject, string Greeting, string Body, string Action, string Link, string Footer);
}
