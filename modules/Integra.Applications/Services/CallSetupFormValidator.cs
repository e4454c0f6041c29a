using System.Text.RegularExpressions;
using Integra.Applications.Forms;
using Integra.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Integra.Applications.Services;

/// <summary>
/// Checks a form before it is saved, so applicants never meet a broken one: unique keys, a label in Albanian,
/// options for choices, visibility rules that point to an earlier field, patterns that compile, sensible limits.
/// </summary>
public sealed partial class CallSetupFormValidator(IStringLocalizer<CallSetupFormValidator> t)
{
    public const int MaxKeyLength = 40;
    public const int MaxFilesLimit = 10;

    public IReadOnlyList<string> Validate(FormSchema form)
    {
        var errors = new List<string>();
        if (form.Steps.Count == 0)
        {
            errors.Add(t["The form needs at least one step."]);
        }

        var stepKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in form.Steps)
        {
            if (!KeyPattern().IsMatch(step.Key))
            {
                errors.Add(t["The step key \"{0}\" is not valid: use lowercase letters, digits and hyphens, starting with a letter, at most {1} characters.", step.Key, MaxKeyLength]);
            }

            if (!stepKeys.Add(step.Key))
            {
                errors.Add(t["Two steps have the key \"{0}\"; each step needs its own.", step.Key]);
            }

            if (string.IsNullOrWhiteSpace(step.Title.GetValueOrDefault(Cultures.Albanian)))
            {
                errors.Add(t["The step \"{0}\" needs a title in Albanian.", step.Key]);
            }
        }

        var earlier = new Dictionary<string, FormField>(StringComparer.Ordinal);
        var mapped = new Dictionary<PersonField, string>();
        foreach (var field in form.Fields)
        {
            errors.AddRange(ValidateField(field, earlier, mapped));
            earlier.TryAdd(field.Key, field);
        }

        return errors;
    }

    private IEnumerable<string> ValidateField(FormField field, Dictionary<string, FormField> earlier, Dictionary<PersonField, string> mapped)
    {
        var key = field.Key;
        if (!KeyPattern().IsMatch(key))
        {
            yield return t["The field key \"{0}\" is not valid: use lowercase letters, digits and hyphens, starting with a letter, at most {1} characters.", key, MaxKeyLength];
        }

        if (earlier.ContainsKey(key))
        {
            yield return t["Two fields have the key \"{0}\"; each field needs its own.", key];
        }

        if (string.IsNullOrWhiteSpace(field.Label.GetValueOrDefault(Cultures.Albanian)))
        {
            yield return t["The field \"{0}\" needs a label in Albanian.", key];
        }

        if (field.Kind is FieldKind.Choice or FieldKind.MultiChoice)
        {
            if (field.Options.Count < 2)
            {
                yield return t["The field \"{0}\" is a choice: give it at least two options.", key];
            }

            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var option in field.Options)
            {
                if (!OptionPattern().IsMatch(option.Value))
                {
                    yield return t["The option value \"{0}\" of field \"{1}\" is not valid: use letters, digits, hyphens or underscores.", option.Value, key];
                }
                else if (!values.Add(option.Value))
                {
                    yield return t["The field \"{0}\" has the option \"{1}\" twice.", key, option.Value];
                }

                if (string.IsNullOrWhiteSpace(option.Label.GetValueOrDefault(Cultures.Albanian)))
                {
                    yield return t["The option \"{0}\" of field \"{1}\" needs a label in Albanian.", option.Value, key];
                }
            }
        }

        if (field.VisibleWhen is { } rule)
        {
            if (!earlier.TryGetValue(rule.FieldKey, out var source))
            {
                yield return t["The field \"{0}\" is shown depending on \"{1}\", which is not an earlier field of the form.", key, rule.FieldKey];
            }
            else if (rule.Values.Count == 0)
            {
                yield return t["The field \"{0}\" is shown depending on \"{1}\": say for which answers.", key, rule.FieldKey];
            }
            else if (source.Options.Count > 0 && rule.Values.FirstOrDefault(v => source.Options.All(o => o.Value != v)) is { } unknown)
            {
                yield return t["The field \"{0}\" is shown when \"{1}\" is \"{2}\", but \"{1}\" has no such option.", key, rule.FieldKey, unknown];
            }
        }

        if (field.MinLength is < 0 || field.MaxLength is < 1)
        {
            yield return t["The field \"{0}\" has a length limit below zero.", key];
        }
        else if (field.MinLength > field.MaxLength)
        {
            yield return t["The field \"{0}\" has a minimum length ({1}) above its maximum ({2}).", key, field.MinLength!, field.MaxLength!];
        }

        if (field.Min > field.Max)
        {
            yield return t["The field \"{0}\" has a minimum ({1}) above its maximum ({2}).", key, field.Min!, field.Max!];
        }

        if (!string.IsNullOrEmpty(field.Pattern) && !Compiles(field.Pattern))
        {
            yield return t["The pattern of field \"{0}\" is not a valid regular expression.", key];
        }

        if (field.Kind == FieldKind.File && field.MaxFiles is < 1 or > MaxFilesLimit)
        {
            yield return t["The field \"{0}\" may take from 1 to {1} files.", key, MaxFilesLimit];
        }

        if (field.Person != PersonField.None && !mapped.TryAdd(field.Person, key))
        {
            yield return t["The fields \"{0}\" and \"{1}\" both fill the registry's {2}; only one may.", mapped[field.Person], key, t[ViewModels.FieldKinds.Name(field.Person)].Value];
        }
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex OptionPattern();
}
