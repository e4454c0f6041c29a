using System.ComponentModel.DataAnnotations;

namespace Integra.Users.ViewModels;

public sealed record ManageIndexViewModel(string Email, string? DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool TwoFactorRequired, bool IsStaff)
{
    /// <summary>What enabled modules keep for this person (<see cref="Integra.Core.Navigation.IAccountLinkProvider"/>).</summary>
    public IReadOnlyList<Integra.Core.Navigation.AccountLink> Links { get; init; } = [];
}

public sealed class ChangePasswordViewModel
{
    [Display(Name = "Current password")]
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = string.Empty;

    [Display(Name = "New password")]
    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = string.Empty;

    [Display(Name = "Repeat the new password")]
    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed record TwoFactorViewModel(bool Enabled, int RecoveryCodesLeft, bool Required, bool MachineRemembered);

public sealed class EnableAuthenticatorViewModel
{
    [Display(Name = "Verification code")]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(9, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
    public string Code { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }

    public string SharedKey { get; set; } = string.Empty;

    public string QrCodeDataUri { get; set; } = string.Empty;

    public bool Required { get; set; }
}

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes, string? ReturnUrl);
