using System.ComponentModel.DataAnnotations;

namespace Integra.Admin.ViewModels;

public sealed class SiteSettingsViewModel
{
    [Display(Name = "Site name")]
    [Required(ErrorMessage = "Enter the site name.")]
    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters long.")]
    public string SiteName { get; set; } = string.Empty;

    [Display(Name = "Default language")]
    [Required(ErrorMessage = "Choose the default language.")]
    public string DefaultCulture { get; set; } = string.Empty;

    [Display(Name = "Languages the site serves")]
    public List<string> Cultures { get; set; } = [];

    [Display(Name = "Time zone")]
    [Required(ErrorMessage = "Choose a time zone.")]
    public string TimeZone { get; set; } = string.Empty;

    [Display(Name = "Contact e-mail")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "{0} can be at most {1} characters long.")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Contact phone")]
    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(50, ErrorMessage = "{0} can be at most {1} characters long.")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Contact address")]
    [StringLength(500, ErrorMessage = "{0} can be at most {1} characters long.")]
    public string? ContactAddress { get; set; }

    [Display(Name = "Require two-factor authentication for staff")]
    public bool RequireTwoFactorForStaff { get; set; }

    /// <summary>The revision the form was loaded from: saving over a newer one is refused.</summary>
    public Guid Revision { get; set; }
}
