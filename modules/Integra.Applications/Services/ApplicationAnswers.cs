using System.Globalization;
using System.Text.Json;
using Integra.Applications.Forms;

namespace Integra.Applications.Services;

/// <summary>
/// An application's answers as stored in <c>AnswersJson</c>: <c>{"field-key": "value"}</c>, a multiple choice as an
/// array of strings, a date as "yyyy-MM-dd". Read through the form, so a registry field is found by its mapping.
/// </summary>
public sealed class ApplicationAnswers
{
    private readonly Dictionary<string, JsonElement> _answers;
    private readonly FormSchema _form;

    public ApplicationAnswers(string answersJson, FormSchema form)
    {
        _form = form;
        try
        {
            _answers = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(string.IsNullOrWhiteSpace(answersJson) ? "{}" : answersJson) ?? [];
        }
        catch (JsonException)
        {
            _answers = [];
        }
    }

    /// <summary>The field that fills <paramref name="person"/>, if the form has one.</summary>
    public FormField? FieldFor(PersonField person) => _form.Fields.FirstOrDefault(f => f.Person == person);

    /// <summary>The answer to a single-valued field, trimmed; null when unanswered.</summary>
    public string? Text(string key) =>
        _answers.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    public string? Text(PersonField person) => FieldFor(person) is { } field ? Text(field.Key) : null;

    public IReadOnlyList<string> Values(string key) => _answers.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
        : Text(key) is { } one ? [one] : [];

    public DateOnly? Date(PersonField person) =>
        Text(person) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
