using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Navigation;
using Integra.Core.Settings;
using Integra.Users.Services;
using Integra.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Integra.Users.Controllers;

/// <summary>A signed-in user's own account: password and two-factor sign-in.</summary>
[Area("Integra.Users")]
[Route("account/manage")]
[Authorize]
public sealed class ManageController(
    UserManager<IntegraUser> users,
    SignInManager<IntegraUser> signIn,
    TwoFactorPolicy twoFactorPolicy,
    SiteSettingsService settings,
    AuditLog audit,
    AccountLinks accountLinks,
    IStringLocalizer<ManageController> t) : Controller
{
    private const string AuditModule = "Users";
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(new ManageIndexViewModel(
            user.Email!,
            user.DisplayName,
            [.. await users.GetRolesAsync(user)],
            user.TwoFactorEnabled,
            await twoFactorPolicy.IsRequiredAsync(User, HttpContext.RequestAborted),
            TwoFactorPolicy.IsStaff(User))
        {
            Links = await accountLinks.ForAsync(User, System.Globalization.CultureInfo.CurrentUICulture.Name, HttpContext.RequestAborted),
        });
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        var user = await CurrentUserAsync();
        await users.ValidateNewPasswordAsync(ModelState, nameof(model.NewPassword), model.NewPassword, user);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
                ModelState.AddModelError(key, error.Description);
            }

            return View(model);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditModule, "Password changed", user.Email, cancellationToken: HttpContext.RequestAborted);
        TempData["Notice"] = t["Your password has been changed."].Value;
        return Redirect("/account/manage");
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await CurrentUserAsync();
        return View(new TwoFactorViewModel(
            user.TwoFactorEnabled,
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            await twoFactorPolicy.IsRequiredAsync(User, HttpContext.RequestAborted),
            await signIn.IsTwoFactorClientRememberedAsync(user)));
    }

    [HttpGet("two-factor/enable")]
    public async Task<IActionResult> EnableAuthenticator(string? returnUrl)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return Redirect("/account/manage/two-factor");
        }

        var model = new EnableAuthenticatorViewModel { ReturnUrl = LocalOrNull(returnUrl) };
        await PrepareSetupAsync(user, model);
        return View(model);
    }

    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> EnableAuthenticator(EnableAuthenticatorViewModel model)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return Redirect("/account/manage/two-factor");
        }

        var code = model.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(model.Code), t["The code is not valid. Check that the time on your phone is correct and try the newest code."]);
        }

        if (!ModelState.IsValid)
        {
            model.Code = string.Empty;
            await PrepareSetupAsync(user, model);
            return View(model);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditModule, "Two-factor sign-in enabled", user.Email, cancellationToken: HttpContext.RequestAborted);
        return ShowRecoveryCodes(codes, model.ReturnUrl);
    }

    [HttpGet("two-factor/recovery-codes")]
    public IActionResult RecoveryCodes(string? returnUrl)
    {
        // Shown once, straight after they are made: they are not kept anywhere they could be read again.
        if (TempData["RecoveryCodes"] is not string codes)
        {
            return Redirect("/account/manage/two-factor");
        }

        return View(new RecoveryCodesViewModel(codes.Split('\n'), LocalOrNull(returnUrl)));
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return Redirect("/account/manage/two-factor");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await audit.WriteAsync(AuditModule, "Recovery codes replaced", user.Email, cancellationToken: HttpContext.RequestAborted);
        return ShowRecoveryCodes(codes, null);
    }

    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await CurrentUserAsync();
        if (await twoFactorPolicy.IsRequiredAsync(User, HttpContext.RequestAborted))
        {
            TempData["Error"] = t["Two-factor sign-in is required for your role, so it cannot be turned off."].Value;
            return Redirect("/account/manage/two-factor");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key, so that turning it on again means scanning a new code rather than trusting an old phone.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditModule, "Two-factor sign-in disabled", user.Email, cancellationToken: HttpContext.RequestAborted);
        TempData["Notice"] = t["Two-factor sign-in is turned off."].Value;
        return Redirect("/account/manage/two-factor");
    }

    [HttpPost("two-factor/forget-browser")]
    public async Task<IActionResult> ForgetBrowser()
    {
        await signIn.ForgetTwoFactorClientAsync();
        TempData["Notice"] = t["This browser will ask for a code again at the next sign-in."].Value;
        return Redirect("/account/manage/two-factor");
    }

    private IActionResult ShowRecoveryCodes(IEnumerable<string> codes, string? returnUrl)
    {
        TempData["RecoveryCodes"] = string.Join('\n', codes);
        var query = LocalOrNull(returnUrl) is { } local ? QueryString.Create("returnUrl", local).ToString() : string.Empty;
        return Redirect("/account/manage/two-factor/recovery-codes" + query);
    }

    private async Task PrepareSetupAsync(IntegraUser user, EnableAuthenticatorViewModel model)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // The new key renewed the security stamp; refreshing keeps this session valid.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity made no authenticator key.");
        }

        var site = (await settings.GetAsync(HttpContext.RequestAborted)).SiteName;
        model.SharedKey = AuthenticatorSetup.FormatKey(key);
        model.QrCodeDataUri = AuthenticatorSetup.QrCodeDataUri(AuthenticatorSetup.Uri(site, user.Email!, key));
        model.Required = await twoFactorPolicy.IsRequiredAsync(User, HttpContext.RequestAborted);
    }

    private async Task<IntegraUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
