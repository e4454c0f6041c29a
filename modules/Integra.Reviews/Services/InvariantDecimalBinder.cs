using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Integra.Reviews.Services;

/// <summary>
/// Number inputs post "12.5" whatever the page's language, while form values bind in the request's culture, where
/// Serbian reads "12.5" as 125. Points and scores bind with this instead.
/// </summary>
public sealed class InvariantDecimalBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var value = posted.FirstValue;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (Parse(value) is { } number)
        {
            bindingContext.Result = ModelBindingResult.Success(number);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(value, bindingContext.ModelMetadata.GetDisplayName()));
        }

        return Task.CompletedTask;
    }

    public static decimal? Parse(string? value) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var invariant) ? invariant
        : decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.CurrentCulture, out var local) ? local
        : null;
}
