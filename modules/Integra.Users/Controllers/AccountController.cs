using System.Globalization;
using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Hosting;
using Integra.Core.Security;
using Integra.Users.Services;
using Integra.Users.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Integra.Users.Controllers;

/// <summary>Signing in and out, registration of applicants, e-mail confirmation and password reset.</summary>
[Area("Integra.Users")]
[Route("account")]
public sealed class AccountController(
    UserManager<IntegraUser> users,
    SignInManager<IntegraUser> signIn,
    CoreDbContext db,
    AccountEmails emails,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<AccountController> t) : Controller
{
    private const string AuditModule = "Users";

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost("login")]
    [EnableRateLimiting(IntegraHost.LoginRateLimit)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is null)
        {
            return LoginRefused(model, t["The e-mail address or the password is not correct."]);
        }

        var result = await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(await DestinationAsync(user, model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/account/login-with-2fa" + QueryString.Create(new Dictionary<string, string?>
            {
                ["returnUrl"] = LocalOrNull(model.ReturnUrl),
                ["rememberMe"] = model.RememberMe ? "true" : "false",
            }));
        }

        if (result.IsLockedOut)
        {
            return LoginRefused(model, await LockoutMessageAsync(user));
        }

        // Identity answers "not allowed" before it looks at the password; only someone who knows the password
        // learns that the address still needs confirming, and gets a fresh link.
        if (result.IsNotAllowed && !user.EmailConfirmed && await users.CheckPasswordAsync(user, model.Password))
        {
            await emails.SendConfirmationAsync(user, HttpContext.RequestAborted);
            return LoginRefused(model, t["You need to confirm your e-mail address before you can sign in. We have sent you a new confirmation link."]);
        }

        return LoginRefused(model, t["The e-mail address or the password is not correct."]);
    }

    [HttpGet("login-with-2fa")]
    public async Task<IActionResult> LoginWithTwoFactor(bool rememberMe, string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/login");
        }

        return View(new LoginWithTwoFactorViewModel { RememberMe = rememberMe, ReturnUrl = LocalOrNull(returnUrl) });
    }

    [HttpPost("login-with-2fa")]
    [EnableRateLimiting(IntegraHost.LoginRateLimit)]
    public async Task<IActionResult> LoginWithTwoFactor(LoginWithTwoFactorViewModel model)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/account/login");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, model.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(await DestinationAsync(user, model.ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? await LockoutMessageAsync(user) : t["The code is not valid. Check that the time on your phone is correct and try the newest code."]);
        return View(model);
    }

    [HttpGet("login-with-recovery-code")]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/login");
        }

        return View(new LoginWithRecoveryCodeViewModel { ReturnUrl = LocalOrNull(returnUrl) });
    }

    [HttpPost("login-with-recovery-code")]
    [EnableRateLimiting(IntegraHost.LoginRateLimit)]
    public async Task<IActionResult> LoginWithRecoveryCode(LoginWithRecoveryCodeViewModel model)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/account/login");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditModule, "Signed in with a recovery code", user.Email, cancellationToken: HttpContext.RequestAborted);
            return LocalRedirect(await DestinationAsync(user, model.ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? await LockoutMessageAsync(user) : t["The recovery code is not valid."]);
        return View(model);
    }

    [HttpGet("logout")]
    public IActionResult Logout() => View();

    [HttpPost("logout")]
    [ActionName(nameof(Logout))]
    public async Task<IActionResult> LogoutConfirmed()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterViewModel());

    [HttpPost("register")]
    [EnableRateLimiting(IntegraHost.RegistrationRateLimit)]
    public async Task<IActionResult> Register(RegisterViewModel model)
    {
        await users.ValidateNewPasswordAsync(ModelState, nameof(model.Password), model.Password);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var cancellationToken = HttpContext.RequestAborted;
        var email = model.Email.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // The visitor sees the same answer as for a new address, so the form does not reveal who has an account.
            if (existing.EmailConfirmed)
            {
                await emails.SendAlreadyRegisteredAsync(existing, cancellationToken);
            }
            else
            {
                await emails.SendConfirmationAsync(existing, cancellationToken);
            }

            return Redirect("/account/check-your-email");
        }

        var user = new IntegraUser
        {
            UserName = email,
            Email = email,
            DisplayName = model.DisplayName.Trim(),
            PreferredCulture = CultureInfo.CurrentUICulture.Name,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(user, model.Password);
            if (!created.Succeeded)
            {
                AddErrors(created, nameof(RegisterViewModel.Password));
                return View(model);
            }

            var inRole = await users.AddToRoleAsync(user, Roles.Applicant);
            if (!inRole.Succeeded)
            {
                AddErrors(inRole, string.Empty);
                return View(model);
            }

            await audit.WriteAsync(AuditModule, "Applicant registered", email, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await emails.SendConfirmationAsync(user, cancellationToken);
        return Redirect("/account/check-your-email");
    }

    [HttpGet("check-your-email")]
    public IActionResult CheckYourEmail() => Notice(new NoticeViewModel(
        t["Check your e-mail"],
        t["If the address you gave can be used, we have sent it an e-mail with a link. Open it to continue. The e-mail may take a few minutes to arrive; look in your spam folder too."]));

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var token = AccountTokens.Decode(code);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return Notice(new NoticeViewModel(
                t["The link did not work"],
                t["This confirmation link is not valid or has expired. Sign in with your e-mail address and password to receive a new one."],
                t["Sign in"], "/account/login", IsError: true));
        }

        await audit.WriteAsync(AuditModule, "E-mail address confirmed", user.Email, cancellationToken: HttpContext.RequestAborted);
        return Notice(new NoticeViewModel(
            t["Your e-mail address is confirmed"],
            t["Thank you. Your account is ready and you can sign in now."],
            t["Sign in"], "/account/login"));
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(IntegraHost.LoginRateLimit)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null)
        {
            // An unconfirmed account cannot sign in with a new password either: it gets the confirmation link again.
            if (user.EmailConfirmed)
            {
                await emails.SendPasswordResetAsync(user, HttpContext.RequestAborted);
            }
            else
            {
                await emails.SendConfirmationAsync(user, HttpContext.RequestAborted);
            }
        }

        return Redirect("/account/check-your-email");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code, bool invited)
    {
        if (string.IsNullOrEmpty(userId) || AccountTokens.Decode(code) is null)
        {
            return InvalidResetLink();
        }

        return View(new ResetPasswordViewModel { UserId = userId, Code = code!, Invited = invited });
    }

    [HttpPost("reset-password")]
    [EnableRateLimiting(IntegraHost.LoginRateLimit)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        await users.ValidateNewPasswordAsync(ModelState, nameof(model.Password), model.Password);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var token = AccountTokens.Decode(model.Code);
        var user = await users.FindByIdAsync(model.UserId);
        if (user is null || token is null)
        {
            return InvalidResetLink();
        }

        var result = await users.ResetPasswordAsync(user, token, model.Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                return InvalidResetLink();
            }

            AddErrors(result, nameof(ResetPasswordViewModel.Password));
            return View(model);
        }

        await audit.WriteAsync(AuditModule, model.Invited ? "Invitation accepted" : "Password reset by e-mail", user.Email, cancellationToken: HttpContext.RequestAborted);
        return Redirect("/account/password-changed");
    }

    [HttpGet("password-changed")]
    public IActionResult PasswordChanged() => Notice(new NoticeViewModel(
        t["Your password is set"],
        t["You can now sign in with your e-mail address and your new password."],
        t["Sign in"], "/account/login"));

    private IActionResult InvalidResetLink() => Notice(new NoticeViewModel(
        t["The link did not work"],
        t["This link is not valid or has expired. Ask for a new one."],
        t["Forgot your password?"], "/account/forgot-password", IsError: true));

    private ViewResult Notice(NoticeViewModel model) => View("Notice", model);

    private ViewResult LoginRefused(LoginViewModel model, string message)
    {
        ModelState.AddModelError(string.Empty, message);
        model.Password = string.Empty;
        return View(nameof(Login), model);
    }

    private async Task<string> LockoutMessageAsync(IntegraUser user)
    {
        var now = clock.GetUtcNow();
        var end = await users.GetLockoutEndDateAsync(user);
        if (AccountLocks.IsAdministratorLock(end, now))
        {
            return t["This account has been locked by an administrator. Please contact the project team."];
        }

        var minutes = Math.Max(1, (int)Math.Ceiling(((end ?? now) - now).TotalMinutes));
        return minutes == 1
            ? t["This account is locked because of too many failed sign-in attempts. Try again in 1 minute."]
            : t["This account is locked because of too many failed sign-in attempts. Try again in {0} minutes.", minutes];
    }

    /// <summary>Where a user lands after signing in: the page they asked for if it is on this site, else their start page.</summary>
    private async Task<string> DestinationAsync(IntegraUser user, string? returnUrl)
    {
        if (LocalOrNull(returnUrl) is { } local)
        {
            return local;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(Roles.Staff.Contains) ? "/admin" : "/";
    }

    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private void AddErrors(IdentityResult result, string key)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(key, error.Description);
        }
    }
}
