using System.Text.Json;
using System.Text.Json.Serialization;
using Integra.Core.Localization;

namespace Integra.Applications.Forms;

/// <summary>Text in every served culture (sq, en, sr-Latn, sr-Cyrl); Serbian Cyrillic falls back to the Latin text, transliterated.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }
}

public enum FieldKind
{
    Text,
    LongText,
    Number,
    Date,
    Choice,
    MultiChoice,
    YesNo,
    File,
    Municipality,
    Consent,
    Email,
    Phone,
    PersonalNumber,
}

/// <summary>Which registry field an answer fills, so the person is recorded once and never asked twice.</summary>
public enum PersonField
{
    None,
    FirstName,
    LastName,
    BirthDate,
    Sex,
    Municipality,
    PersonalNumber,
    Phone,
    Email,
    ReturnStatus,
    Ethnicity,
    Disability,
}

public sealed record FieldOption(string Value, LocalizedText Label);

/// <summary>Show the field only when another field's answer equals one of <see cref="Values"/>.</summary>
public sealed record VisibilityRule(string FieldKey, IReadOnlyList<string> Values);

public sealed record FormField(string Key, FieldKind Kind, LocalizedText Label)
{
    public LocalizedText? Help { get; init; }
    public bool Required { get; init; }
    public IReadOnlyList<FieldOption> Options { get; init; } = [];
    public VisibilityRule? VisibleWhen { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>A regular expression the whole answer must match (text kinds).</summary>
    public string? Pattern { get; init; }

    /// <summary>For <see cref="FieldKind.File"/>: how many files the field takes.</summary>
    public int MaxFiles { get; init; } = 1;

    public PersonField Person { get; init; }

    /// <summary>Identity fields are hidden from evaluators under blind review.</summary>
    public bool Identifying { get; init; }

    /// <summary>Sensitive fields (returnee status, ethnicity, disability, personal number): reading them is logged.</summary>
    public bool Sensitive { get; init; }

    /// <summary>Set for fields a component module adds in code; the form builder shows them but does not let staff remove them.</summary>
    public string? ContributedBy { get; init; }
}

public sealed record FormStep(string Key, LocalizedText Title)
{
    public LocalizedText? Intro { get; init; }
    public IReadOnlyList<FormField> Fields { get; init; } = [];
    public string? ContributedBy { get; init; }
}

/// <summary>An application form: steps of fields. Stored as JSON in <c>FormVersion.SchemaJson</c>.</summary>
public sealed record FormSchema
{
    public IReadOnlyList<FormStep> Steps { get; init; } = [];

    public IEnumerable<FormField> Fields => Steps.SelectMany(s => s.Fields);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FormSchema FromJson(string json) => JsonSerializer.Deserialize<FormSchema>(json, Json) ?? new FormSchema();
}

/// <summary>
/// A component module shapes the forms of its calls in code: adds fields, steps or rules to a call's form when the
/// call's <c>CallType</c> is its own. Contributed by enabled features only.
/// </summary>
public interface IFormContributor
{
    /// <summary>The call type this contributor serves (e.g. "component2.business-grant").</summary>
    string CallType { get; }

    /// <summary>The form a new call of this type starts with, or the changes to apply to <paramref name="form"/>.</summary>
    FormSchema Contribute(FormSchema form);
}

public static class LocalizedTextExtensions
{
    /// <summary>The text in <paramref name="culture"/>; Serbian Cyrillic from the Latin text unless written; else Albanian, else English.</summary>
    public static string For(this LocalizedText? text, string culture)
    {
        if (text is null || text.Count == 0)
        {
            return string.Empty;
        }

        return Cultures.TextFor(text, culture) ?? text.GetValueOrDefault(Cultures.Albanian) ?? text.GetValueOrDefault(Cultures.English) ?? text.Values.First();
    }
}
