using System.Globalization;
using System.Text.Json;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Core.Data;
using Integra.People.Data;
using Integra.People.Services;
using Microsoft.EntityFrameworkCore;

namespace Integra.Reviews.Services;

/// <summary>One answer as a reviewer reads it.</summary>
public sealed record AnswerRow(string Label, string Value, bool Personal, bool Sensitive)
{
    /// <summary>The documents a file question holds; each with a link when the reader may open it.</summary>
    public IReadOnlyList<AnswerFile> Files { get; init; } = [];
}

public sealed record AnswerFile(string Name, string? Url);

/// <summary>Who the applicant is and how to reach them: personal data, shown only to holders of ViewPersonalData.</summary>
public sealed record ApplicantContact(string? Name, string? PersonalNumber, string? Phone, string? Email);

/// <summary>What the reader may see of an application.</summary>
public enum Visibility
{
    /// <summary>Everything: staff holding ViewPersonalData.</summary>
    Full,

    /// <summary>No personal or sensitive fields: staff without ViewPersonalData.</summary>
    NoPersonal,

    /// <summary>The applicant's name but no other personal or sensitive field: evaluators without ViewPersonalData.</summary>
    NamesOnly,

    /// <summary>No identifying fields and no name: evaluators under blind review.</summary>
    Blind,
}

/// <summary>Reads an application's answers against its form, and the applicant's contact details from answers, registry and account.</summary>
public sealed class ApplicantData(PeopleDbContext people, CoreDbContext core)
{
    private static readonly PersonField[] ContactFields = [PersonField.FirstName, PersonField.LastName, PersonField.PersonalNumber, PersonField.Phone, PersonField.Email];

    /// <summary>Names, personal number, phone, e-mail and anything flagged identifying or sensitive.</summary>
    public static bool IsPersonal(FormField field) =>
        field.Identifying || field.Sensitive || ContactFields.Contains(field.Person)
        || field.Kind is FieldKind.Email or FieldKind.Phone or FieldKind.PersonalNumber;

    /// <summary>Fields a blind reviewer does not see: those flagged identifying, and the applicant's name.</summary>
    public static bool IsHiddenWhenBlind(FormField field) =>
        field.Identifying || field.Person is PersonField.FirstName or PersonField.LastName;

    /// <summary>Fields the registry counts as sensitive: shown only to holders of its permission, and logged.</summary>
    public static bool IsSensitive(FormField field) =>
        field.Sensitive || field.Kind == FieldKind.PersonalNumber
        || field.Person is PersonField.PersonalNumber or PersonField.ReturnStatus or PersonField.Ethnicity or PersonField.Disability;

    /// <summary>Whether a reader with this visibility sees the field's answer at all (sensitive ones may still be masked).</summary>
    public static bool Shows(FormField field, Visibility visibility) =>
        field.Kind is not FieldKind.Consent
        && !(visibility == Visibility.NoPersonal && IsPersonal(field))
        && !(visibility == Visibility.NamesOnly && IsPersonal(field) && field.Person is not (PersonField.FirstName or PersonField.LastName))
        && !(visibility == Visibility.Blind && (IsHiddenWhenBlind(field) || field.Sensitive));

    /// <summary>
    /// The answers staff may see, as the applicant meant them: options by their labels, municipalities by their
    /// names, documents by their file names, each linked to <paramref name="fileUrl"/> + its id when given.
    /// </summary>
    public static IReadOnlyList<AnswerRow> Answers(
        Application application, FormSchema form, Visibility visibility, string culture, IReadOnlyDictionary<string, string> municipalities,
        IReadOnlyList<ApplicationFile> files, string? fileUrl, bool sensitive = false)
    {
        var answers = Parse(application.AnswersJson);
        var rows = new List<AnswerRow>();
        foreach (var field in form.Fields)
        {
            if (!Shows(field, visibility) || !answers.TryGetValue(field.Key, out var value))
            {
                continue;
            }

            var masked = IsSensitive(field) && !sensitive;
            if (field.Kind == FieldKind.File && !masked)
            {
                var held = Files(value, files, fileUrl);
                rows.Add(new AnswerRow(field.Label.In(culture), string.Join(", ", held.Select(f => f.Name)), IsPersonal(field), IsSensitive(field)) { Files = held });
                continue;
            }

            var shown = masked ? ISensitiveDataLog.Masked : Display(field, value, culture, municipalities);
            rows.Add(new AnswerRow(field.Label.In(culture), shown, IsPersonal(field), IsSensitive(field)));
        }

        return rows;
    }

    /// <summary>True when the answers hold a sensitive field's value, so showing them is logged.</summary>
    public static bool HasSensitive(Application application, FormSchema form)
    {
        var answers = Parse(application.AnswersJson);
        return form.Fields.Any(f => IsSensitive(f) && answers.ContainsKey(f.Key));
    }

    /// <summary>Contact details for many applications at once, from the answers first, then the registry, then the account.</summary>
    public async Task<IReadOnlyDictionary<long, ApplicantContact>> ContactsAsync(
        IReadOnlyList<Application> applications, Func<long, Task<FormSchema>> formOf, CancellationToken cancellationToken)
    {
        var personIds = applications.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).Distinct().ToList();
        var persons = await people.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var userIds = applications.Where(a => a.ApplicantUserId is not null).Select(a => a.ApplicantUserId!).Distinct().ToList();
        var emails = await core.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var contacts = new Dictionary<long, ApplicantContact>();
        foreach (var application in applications)
        {
            var form = await formOf(application.FormVersionId);
            var answers = Parse(application.AnswersJson);
            string? Answer(PersonField person, FieldKind? kind = null) =>
                form.Fields.Where(f => f.Person == person || (kind is not null && f.Kind == kind))
                    .Select(f => answers.TryGetValue(f.Key, out var v) ? Text(v) : null)
                    .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            var person = application.PersonId is { } id ? persons.GetValueOrDefault(id) : null;
            var first = Answer(PersonField.FirstName) ?? person?.FirstName;
            var last = Answer(PersonField.LastName) ?? person?.LastName;
            var name = string.Join(' ', new[] { first, last }.Where(n => !string.IsNullOrWhiteSpace(n)));
            contacts[application.Id] = new ApplicantContact(
                name.Length > 0 ? name : null,
                Answer(PersonField.PersonalNumber, FieldKind.PersonalNumber) ?? person?.PersonalNumber,
                Answer(PersonField.Phone, FieldKind.Phone) ?? person?.Phone,
                Answer(PersonField.Email, FieldKind.Email) ?? person?.Email ?? (application.ApplicantUserId is { } user ? emails.GetValueOrDefault(user) : null));
        }

        return contacts;
    }

    /// <summary>The answers' text, for the lists' text filter; personal answers only when the reader may see them.</summary>
    public static string SearchText(Application application, FormSchema form, bool personal)
    {
        var answers = Parse(application.AnswersJson);
        return string.Join(' ', form.Fields.Where(f => personal || !IsPersonal(f))
            .Select(f => answers.TryGetValue(f.Key, out var v) ? Text(v) : null)
            .Where(v => v is not null));
    }

    private static Dictionary<string, JsonElement> Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(string.IsNullOrWhiteSpace(json) ? "{}" : json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>A file answer holds the ids of the application's files, as text.</summary>
    private static List<AnswerFile> Files(JsonElement value, IReadOnlyList<ApplicationFile> files, string? urlBase)
    {
        var ids = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(Text) : [Text(value)];
        return ids.Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var fileId) ? files.FirstOrDefault(f => f.Id == fileId) : null)
            .OfType<ApplicationFile>()
            .Select(f => new AnswerFile(f.FileName, urlBase is null ? null : urlBase + f.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static string Display(FormField field, JsonElement value, string culture, IReadOnlyDictionary<string, string> municipalities)
    {
        string Option(string v) => field.Options.FirstOrDefault(o => o.Value == v)?.Label.In(culture) is { Length: > 0 } label ? label : v;
        return value.ValueKind switch
        {
            JsonValueKind.String when field.Kind == FieldKind.Municipality => municipalities.GetValueOrDefault(value.GetString()!, value.GetString()!),
            JsonValueKind.String when field.Kind == FieldKind.Date && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            JsonValueKind.String when field.Options.Count > 0 => Option(value.GetString()!),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String && field.Options.Count > 0 ? Option(v.GetString()!) : Text(v) ?? string.Empty)),
            _ => Text(value) ?? string.Empty,
        };
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "✓",
        JsonValueKind.False => "✗",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? Text(name) : value.TryGetProperty("fileName", out var file) ? Text(file) : null,
        _ => null,
    };
}
