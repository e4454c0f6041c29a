using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Integra.Users.Services;

/// <summary>Identity's messages that reach users, in the visitor's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> t) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Something went wrong. Please try again."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t["Someone else changed this account at the same time. Please try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["The current password is not correct."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["The link or code is not valid or has expired."]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), t["The recovery code is not valid."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["This e-mail address cannot be used for an account."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["Enter a valid e-mail address."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["An account with this e-mail address already exists."]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["An account with this e-mail address already exists."]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["The password must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), t["The password must contain a symbol such as ! or -."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["The password must contain a digit (0-9)."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["The password must contain a lowercase letter (a-z)."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), t["The password must contain an uppercase letter (A-Z)."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
