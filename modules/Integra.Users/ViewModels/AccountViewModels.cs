using System.ComponentModel.DataAnnotations;

namespace Integra.Users.ViewModels;

public sealed class LoginViewModel
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class RegisterViewModel
{
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(100, ErrorMessage = "The name can be at most 100 characters long.")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address is too long.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Repeat the password")]
    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ForgotPasswordViewModel
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    public string Email { get; set; } = string.Empty;
}

public sealed class ResetPasswordViewModel
{
    [Required]
    public string UserId { get; set; } = string.Empty;

    [Required]
    public string Code { get; set; } = string.Empty;

    /// <summary>The person came from an invitation and chooses their first password.</summary>
    public bool Invited { get; set; }

    [Display(Name = "New password")]
    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Repeat the new password")]
    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class LoginWithTwoFactorViewModel
{
    [Display(Name = "Authentication code")]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(9, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "Remember this device for 14 days")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginWithRecoveryCodeViewModel
{
    [Display(Name = "Recovery code")]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    public string RecoveryCode { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

/// <summary>A page that only says something: a confirmation, a result, a dead end.</summary>
public sealed record NoticeViewModel(string Title, string Message, string? LinkText = null, string? LinkUrl = null, bool IsError = false);
