using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Integra.Applications.Forms;
using Integra.Cms.Models;
using Integra.People.Services;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Integra.Applications.Services;

/// <summary>
/// An application's answers in the shape every part of the engine reads: <c>{"field-key": "text"}</c>, a multiple
/// choice or a file field as an array of strings, a date as "yyyy-MM-dd".
/// </summary>
public sealed class Answers
{
    private readonly JsonObject _values;

    private Answers(JsonObject values) => _values = values;

    public static Answers Parse(string? json)
    {
        try
        {
            return new Answers(JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) as JsonObject ?? []);
        }
        catch (JsonException)
        {
            return new Answers([]);
        }
    }

    public string ToJson() => _values.ToJsonString();

    public IEnumerable<string> Keys => _values.Select(p => p.Key).ToList();

    public bool Has(string key) => Values(key).Count > 0;

    /// <summary>The answer as one text (a list's items joined), or null.</summary>
    public string? Text(string key) => _values[key] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonArray array => string.Join(", ", array.Select(a => a?.ToString())),
        _ => null,
    };

    public IReadOnlyList<string> Values(string key) => _values[key] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) && text.Length > 0 => [text],
        JsonArray array => [.. array.Select(a => a?.ToString()).OfType<string>().Where(s => s.Length > 0)],
        _ => [],
    };

    public void Set(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            _values.Remove(key);
        }
        else
        {
            _values[key] = value;
        }
    }

    public void SetMany(string key, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            _values.Remove(key);
        }
        else
        {
            _values[key] = new JsonArray([.. list.Select(v => (JsonNode)JsonValue.Create(v)!)]);
        }
    }

    public void Remove(string key) => _values.Remove(key);
}

/// <summary>A problem with one answer, already in the applicant's language; an empty key is about the whole application.</summary>
public sealed record FieldError(string FieldKey, string Message);

/// <summary>
/// The rules answers follow. Saving a draft checks formats and limits only (a half-filled draft is always kept);
/// submitting also checks that every visible required question is answered. A hidden question (its condition not
/// met) is neither required nor kept.
/// </summary>
public sealed partial class AnswerRules(IStringLocalizer<AnswerRules> T, TimeProvider clock, IOptions<ApplyingOptions> options)
{
    public const string FieldPrefix = "a.";

    public const int MinAge = 15;
    public const int MaxAge = 100;

    private static readonly TimeZoneInfo Belgrade = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    public static string InputName(FormField field) => FieldPrefix + field.Key;

    public static string InputId(FormField field) => "f-" + field.Key;

    public static bool IsVisible(FormSchema schema, FormField field, Answers answers, int depth = 0)
    {
        if (field.VisibleWhen is not { } rule)
        {
            return true;
        }

        var controller = schema.Fields.FirstOrDefault(f => f.Key == rule.FieldKey);
        if (controller is null || depth > 8 || !IsVisible(schema, controller, answers, depth + 1))
        {
            return false;
        }

        return answers.Values(rule.FieldKey).Intersect(rule.Values, StringComparer.Ordinal).Any();
    }

    /// <summary>
    /// Takes the step's posted answers into <paramref name="answers"/>: valid ones are stored (normalised), invalid
    /// ones are reported and not stored, hidden ones are dropped. File fields are left to the file service.
    /// </summary>
    public IReadOnlyList<FieldError> ApplyStep(FormSchema schema, FormStep step, Answers answers, Func<string, IReadOnlyList<string>> posted, string culture)
    {
        var errors = new List<FieldError>();
        foreach (var field in step.Fields.Where(f => f.Kind != FieldKind.File))
        {
            var raw = posted(InputName(field)).Select(v => v ?? string.Empty).ToList();
            if (field.Kind == FieldKind.MultiChoice)
            {
                var chosen = raw.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                if (chosen.Any(v => field.Options.All(o => o.Value != v)))
                {
                    errors.Add(new(field.Key, T["{0}: choose among the options shown.", Label(field, culture)]));
                    continue;
                }

                answers.SetMany(field.Key, chosen);
                continue;
            }

            var value = raw.LastOrDefault(v => v.Length > 0) ?? string.Empty;
            if (Normalize(field, value, culture, out var normalized) is { } error)
            {
                errors.Add(new(field.Key, error));
                continue;
            }

            answers.Set(field.Key, normalized);
        }

        DropHidden(schema, answers);
        return errors;
    }

    /// <summary>Removes the answers of questions that are hidden by their conditions, or no longer on the form.</summary>
    public static void DropHidden(FormSchema schema, Answers answers)
    {
        var fields = schema.Fields.ToDictionary(f => f.Key);
        foreach (var key in answers.Keys)
        {
            if (!fields.TryGetValue(key, out var field) || !IsVisible(schema, field, answers))
            {
                answers.Remove(key);
            }
        }
    }

    /// <summary>Everything a submission needs: every visible question valid, and every required one answered.</summary>
    public IReadOnlyList<FieldError> ValidateAll(FormSchema schema, Answers answers, string culture)
    {
        var errors = new List<FieldError>();
        foreach (var field in schema.Fields.Where(f => IsVisible(schema, f, answers)))
        {
            var values = answers.Values(field.Key);
            if (values.Count == 0)
            {
                if (field.Required)
                {
                    errors.Add(new(field.Key, field.Kind switch
                    {
                        FieldKind.File => T["{0}: upload a file.", Label(field, culture)],
                        FieldKind.Consent => T["{0}: tick the box to confirm.", Label(field, culture)],
                        _ => T["{0}: this question must be answered.", Label(field, culture)],
                    }));
                }

                continue;
            }

            if (field.Kind is FieldKind.File or FieldKind.MultiChoice)
            {
                continue;
            }

            if (Normalize(field, values[0], culture, out _) is { } error)
            {
                errors.Add(new(field.Key, error));
            }
        }

        return errors;
    }

    /// <summary>The answer in its stored form, or the reason it cannot be stored. An empty answer is always fine here.</summary>
    public string? Normalize(FormField field, string raw, string culture, out string? normalized)
    {
        normalized = null;
        var value = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var label = Label(field, culture);
        var max = Math.Min(field.MaxLength ?? options.Value.MaxAnswerLength, options.Value.MaxAnswerLength);
        if (value.Length > max)
        {
            return T["{0}: the answer is too long ({1} characters); write at most {2} characters.", label, value.Length, max];
        }

        switch (field.Kind)
        {
            case FieldKind.PersonalNumber:
                value = Spaces().Replace(value, string.Empty);
                if (!PersonalNumber().IsMatch(value))
                {
                    return T["{0}: enter the 10 digits of the personal number on your ID card.", label];
                }

                break;
            case FieldKind.Phone:
                if (NormalizePhone(value) is not { } phone)
                {
                    return T["{0}: enter a Kosovo phone number, for example 044 123 456 or +383 44 123 456.", label];
                }

                value = phone;
                break;
            case FieldKind.Email:
                if (!IsEmail(value))
                {
                    return T["{0}: enter an e-mail address such as name@example.com.", label];
                }

                break;
            case FieldKind.Date:
                if (!DateOnly.TryParseExact(value, ["yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return T["{0}: enter a date with day, month and year.", label];
                }

                if (field.Person == PersonField.BirthDate && BirthDateProblem(date, label) is { } problem)
                {
                    return problem;
                }

                value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case FieldKind.Number:
                if (!decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return T["{0}: enter a number.", label];
                }

                if ((field.Min is { } min && number < min) || (field.Max is { } maxNumber && number > maxNumber))
                {
                    return T["{0}: enter a number from {1} to {2}.", label, field.Min?.ToString(CultureInfo.CurrentCulture) ?? "…", field.Max?.ToString(CultureInfo.CurrentCulture) ?? "…"];
                }

                value = number.ToString(CultureInfo.InvariantCulture);
                break;
            case FieldKind.Choice:
                if (field.Options.All(o => o.Value != value))
                {
                    return T["{0}: choose among the options shown.", label];
                }

                break;
            case FieldKind.YesNo:
            case FieldKind.Consent:
                if (value is not ("yes" or "no"))
                {
                    return T["{0}: choose among the options shown.", label];
                }

                break;
            case FieldKind.Municipality:
                if (!CmsContentTypes.MunicipalityCodes.Contains(value))
                {
                    return T["{0}: choose your municipality from the list.", label];
                }

                break;
            default:
                if (field.MinLength is { } minLength && value.Length < minLength)
                {
                    return T["{0}: the answer is too short; write at least {1} characters.", label, minLength];
                }

                break;
        }

        if (field.Pattern is { Length: > 0 } pattern && field.Kind is FieldKind.Text && !Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)))
        {
            return T["{0}: the answer is not in the expected form.", label];
        }

        normalized = value;
        return null;
    }

    /// <summary>+383 and the 8 digits of a Kosovo number (mobile 43–49, fixed lines 28, 29, 38, 39), or null.</summary>
    public static string? NormalizePhone(string raw)
    {
        var digits = PhoneSeparators().Replace(raw, string.Empty);
        string national;
        if (digits.StartsWith("+383", StringComparison.Ordinal))
        {
            national = digits[4..];
        }
        else if (digits.StartsWith("00383", StringComparison.Ordinal))
        {
            national = digits[5..];
        }
        else if (digits.StartsWith('0'))
        {
            national = digits[1..];
        }
        else
        {
            return null;
        }

        return KosovoNumber().IsMatch(national) ? "+383" + national : null;
    }

    /// <summary>The registry's view of the answers: each question mapped to a person field fills it.</summary>
    public static PersonDetails PersonDetails(FormSchema schema, Answers answers, string? userId, string? accountEmail)
    {
        string? Of(PersonField person) => schema.Fields.FirstOrDefault(f => f.Person == person) is { } field ? answers.Text(field.Key) : null;
        return new PersonDetails(
            Of(PersonField.FirstName),
            Of(PersonField.LastName),
            DateOnly.TryParseExact(Of(PersonField.BirthDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) ? birth : null,
            Of(PersonField.Sex),
            Of(PersonField.Municipality))
        {
            PersonalNumber = Of(PersonField.PersonalNumber),
            Phone = Of(PersonField.Phone),
            Email = Of(PersonField.Email) ?? accountEmail,
            UserId = userId,
            ReturnStatus = Of(PersonField.ReturnStatus),
            Ethnicity = Of(PersonField.Ethnicity),
            Disability = Of(PersonField.Disability) switch { "yes" => true, "no" => false, _ => null },
        };
    }

    private string? BirthDateProblem(DateOnly date, string label)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Belgrade));
        if (date > today)
        {
            return T["{0}: a date of birth cannot be in the future.", label];
        }

        var age = today.Year - date.Year - (today < date.AddYears(today.Year - date.Year) ? 1 : 0);
        return age is < MinAge or > MaxAge ? T["{0}: check the year; the age it gives must be between {1} and {2}.", label, MinAge, MaxAge].Value : null;
    }

    private static bool IsEmail(string value) =>
        value.Length <= 256 && EmailShape().IsMatch(value) && MailAddress.TryCreate(value, out var address) && address.Address == value;

    private static string Label(FormField field, string culture) => field.Label.For(culture);

    [GeneratedRegex(@"^\d{10}$")]
    private static partial Regex PersonalNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s\-().\/]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^(4[3-9]\d{6}|(28|29|38|39)\d{6})$")]
    private static partial Regex KosovoNumber();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
