using System.ComponentModel.DataAnnotations;
using Integra.Cms.Data;

namespace Integra.Cms.ViewModels;

public sealed class ContactViewModel
{
    [Display(Name = "Your name")]
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(ContactLimits.Name, ErrorMessage = "The name can be at most 100 characters long.")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(ContactLimits.Email, ErrorMessage = "The e-mail address is too long.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Message")]
    [Required(ErrorMessage = "Write your message.")]
    [StringLength(ContactLimits.Message, ErrorMessage = "The message can be at most 4,000 characters long.")]
    public string Message { get; set; } = string.Empty;
}
