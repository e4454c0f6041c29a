using System.Globalization;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;

namespace Integra.Applications.ViewModels;

/// <summary>What every page of an application shows about where it stands in time.</summary>
public sealed record Deadline(string? ClosesAt, string? TimeLeft, bool Closed);

public sealed record StepViewModel(
    ApplicationContext Context,
    FormStep Step,
    int StepNumber,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<FieldError> Errors,
    IReadOnlyDictionary<string, string> Municipalities,
    IReadOnlyList<ApplicationFile> Files,
    bool Editable,
    Deadline Deadline,
    string? Notice,
    string Culture)
{
    public int StepCount => Context.Schema.Steps.Count;

    public string BaseUrl => $"/{Culture}/applications/{Context.Application.Id}";

    public FieldViewModel Field(FormField field)
    {
        var answers = Answers.Parse(Context.Application.AnswersJson);
        foreach (var (key, values) in Values)
        {
            answers.SetMany(key, values);
        }

        return new FieldViewModel(field, Values.GetValueOrDefault(field.Key) ?? [], Errors.FirstOrDefault(e => e.FieldKey == field.Key)?.Message,
            AnswerRules.IsVisible(Context.Schema, field, answers), Municipalities, Files.Where(f => f.FieldKey == field.Key).ToList(), Culture, Editable, BaseUrl);
    }
}

public sealed record FieldViewModel(
    FormField Field,
    IReadOnlyList<string> Values,
    string? Error,
    bool Visible,
    IReadOnlyDictionary<string, string> Municipalities,
    IReadOnlyList<ApplicationFile> Files,
    string Culture,
    bool Editable,
    string BaseUrl)
{
    public string Id => AnswerRules.InputId(Field);

    public string Name => AnswerRules.InputName(Field);

    public string HelpId => "h-" + Field.Key;

    public string ErrorId => "e-" + Field.Key;

    public string? DescribedBy => string.Join(' ', new[] { Field.Help is null ? null : HelpId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    public string Value => Values.FirstOrDefault() ?? string.Empty;
}

public sealed record ReviewViewModel(
    ApplicationContext Context,
    Answers Answers,
    IReadOnlyList<FieldError> Problems,
    ConsentText Consent,
    string SubmissionKey,
    IReadOnlyDictionary<string, string> Municipalities,
    IReadOnlyList<ApplicationFile> Files,
    bool Editable,
    Deadline Deadline,
    string Culture)
{
    public string BaseUrl => $"/{Culture}/applications/{Context.Application.Id}";

    /// <summary>The step a question is on, for the "change" links.</summary>
    public string StepOf(string fieldKey) =>
        Context.Schema.Steps.FirstOrDefault(s => s.Fields.Any(f => f.Key == fieldKey))?.Key ?? Context.Schema.Steps[0].Key;
}

public sealed record ReceiptViewModel(
    ApplicationContext Context,
    ApplicationSubmission Submission,
    Answers Answers,
    IReadOnlyDictionary<string, string> Municipalities,
    IReadOnlyList<ApplicationFile> Files,
    string SubmittedAt,
    bool EmailSent,
    string Culture);

public sealed record StatusViewModel(
    ApplicationContext Context,
    IReadOnlyList<ApplicationEvent> Events,
    IReadOnlyList<ApplicationSubmission> Submissions,
    bool Editable,
    bool MayWithdraw,
    bool MayAppeal,
    Deadline Deadline,
    string Culture)
{
    public string BaseUrl => $"/{Culture}/applications/{Context.Application.Id}";
}

public sealed record MyApplication(Application Application, string CallTitle);

public sealed record MessageViewModel(string Title, string Text, string? LinkText = null, string? LinkUrl = null);

/// <summary>An answer as people read it: option labels, municipality names, file names, dates as day.month.year.</summary>
public static class AnswerDisplay
{
    public static string Text(FormField field, IReadOnlyList<string> values, string culture, IReadOnlyDictionary<string, string> municipalities, IReadOnlyList<ApplicationFile> files, string yes, string no)
    {
        if (values.Count == 0)
        {
            return string.Empty;
        }

        if (values is [People.Services.ISensitiveDataLog.Masked])
        {
            return values[0];
        }

        return field.Kind switch
        {
            FieldKind.Choice or FieldKind.MultiChoice => string.Join(", ", values.Select(v => field.Options.FirstOrDefault(o => o.Value == v)?.Label.For(culture) ?? v)),
            FieldKind.YesNo or FieldKind.Consent => values[0] == "yes" ? yes : no,
            FieldKind.Municipality => municipalities.GetValueOrDefault(values[0], values[0]),
            FieldKind.File => string.Join(", ", values.Select(v => files.FirstOrDefault(f => f.Id.ToString(CultureInfo.InvariantCulture) == v)?.FileName ?? v)),
            FieldKind.Date => DateOnly.TryParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : values[0],
            _ => string.Join(", ", values),
        };
    }
}
