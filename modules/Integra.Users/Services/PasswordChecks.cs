using Integra.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Integra.Users.Services;

public static class PasswordChecks
{
    /// <summary>
    /// Runs the password policy together with the form's other checks, so that one round trip names every
    /// problem instead of revealing the password rules only once the rest of the form is right.
    /// </summary>
    public static async Task ValidateNewPasswordAsync(this UserManager<IntegraUser> users, ModelStateDictionary modelState, string key, string? password, IntegraUser? user = null)
    {
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user ?? new IntegraUser(), password);
            foreach (var error in result.Errors)
            {
                modelState.AddModelError(key, error.Description);
            }
        }
    }
}
