using System.Globalization;
using Integra.Applications.Forms;
using Integra.Core.Localization;

namespace Integra.Applications.ViewModels;

public sealed class FormBuilderViewModel
{
    public required long SetupId { get; init; }
    public required string CallTitle { get; init; }
    public required int Version { get; init; }
    public required bool Frozen { get; init; }
    public required Guid Revision { get; init; }

    /// <summary>The form with what component modules add; their parts are read-only here.</summary>
    public required FormSchema Schema { get; init; }

    /// <summary>Keys of the parts staff can change (the stored form, without contributions).</summary>
    public required IReadOnlySet<string> EditableSteps { get; init; }
    public required IReadOnlySet<string> EditableFields { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public string? Problem { get; init; }
    public StepEditForm NewStep { get; init; } = new();
}

public sealed class StepEditViewModel
{
    public required long SetupId { get; init; }
    public required string CallTitle { get; init; }
    public required int Version { get; init; }
    public required bool Frozen { get; init; }
    public required string StepKey { get; init; }
    public required StepEditForm Form { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public string? Problem { get; init; }
}

public sealed class FieldEditViewModel
{
    public required long SetupId { get; init; }
    public required string CallTitle { get; init; }
    public required int Version { get; init; }
    public required bool Frozen { get; init; }
    public required string StepKey { get; init; }

    /// <summary>Null when adding a field.</summary>
    public string? FieldKey { get; init; }

    /// <summary>Fields before this one, which a visibility rule may name.</summary>
    public required IReadOnlyList<FormField> EarlierFields { get; init; }
    public required FieldEditForm Form { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public string? Problem { get; init; }
}

public sealed class StepEditForm
{
    public Guid Revision { get; set; }
    public string? Key { get; set; }
    public string? TitleSq { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleSrLatn { get; set; }
    public string? IntroSq { get; set; }
    public string? IntroEn { get; set; }
    public string? IntroSrLatn { get; set; }

    public static StepEditForm From(FormStep step, Guid revision) => new()
    {
        Revision = revision,
        Key = step.Key,
        TitleSq = step.Title.GetValueOrDefault(Cultures.Albanian),
        TitleEn = step.Title.GetValueOrDefault(Cultures.English),
        TitleSrLatn = step.Title.GetValueOrDefault(Cultures.SerbianLatin),
        IntroSq = step.Intro?.GetValueOrDefault(Cultures.Albanian),
        IntroEn = step.Intro?.GetValueOrDefault(Cultures.English),
        IntroSrLatn = step.Intro?.GetValueOrDefault(Cultures.SerbianLatin),
    };

    public FormStep ApplyTo(FormStep? step) => (step ?? new FormStep(Key?.Trim() ?? string.Empty, [])) with
    {
        Title = FieldEditForm.Text(TitleSq, TitleEn, TitleSrLatn),
        Intro = FieldEditForm.OptionalText(IntroSq, IntroEn, IntroSrLatn),
    };
}

/// <summary>
/// What the field editor sends. Options are one per line: <c>value | Albanian | English | Serbian Latin</c>;
/// the values a visibility rule waits for are separated by commas.
/// </summary>
public sealed class FieldEditForm
{
    public Guid Revision { get; set; }
    public string? Key { get; set; }
    public FieldKind Kind { get; set; }
    public string? LabelSq { get; set; }
    public string? LabelEn { get; set; }
    public string? LabelSrLatn { get; set; }
    public string? HelpSq { get; set; }
    public string? HelpEn { get; set; }
    public string? HelpSrLatn { get; set; }
    public bool Required { get; set; }
    public string? Options { get; set; }
    public string? VisibleWhenField { get; set; }
    public string? VisibleWhenValues { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public string? Pattern { get; set; }
    public int MaxFiles { get; set; } = 1;
    public PersonField Person { get; set; }
    public bool Identifying { get; set; }
    public bool Sensitive { get; set; }

    public static FieldEditForm From(FormField field, Guid revision) => new()
    {
        Revision = revision,
        Key = field.Key,
        Kind = field.Kind,
        LabelSq = field.Label.GetValueOrDefault(Cultures.Albanian),
        LabelEn = field.Label.GetValueOrDefault(Cultures.English),
        LabelSrLatn = field.Label.GetValueOrDefault(Cultures.SerbianLatin),
        HelpSq = field.Help?.GetValueOrDefault(Cultures.Albanian),
        HelpEn = field.Help?.GetValueOrDefault(Cultures.English),
        HelpSrLatn = field.Help?.GetValueOrDefault(Cultures.SerbianLatin),
        Required = field.Required,
        Options = string.Join('\n', field.Options.Select(o => string.Join(" | ", o.Value, o.Label.GetValueOrDefault(Cultures.Albanian), o.Label.GetValueOrDefault(Cultures.English), o.Label.GetValueOrDefault(Cultures.SerbianLatin)))),
        VisibleWhenField = field.VisibleWhen?.FieldKey,
        VisibleWhenValues = field.VisibleWhen is { } rule ? string.Join(", ", rule.Values) : null,
        MinLength = field.MinLength,
        MaxLength = field.MaxLength,
        Min = field.Min,
        Max = field.Max,
        Pattern = field.Pattern,
        MaxFiles = field.MaxFiles,
        Person = field.Person,
        Identifying = field.Identifying,
        Sensitive = field.Sensitive,
    };

    public FormField ToField(string key) => new(key, Kind, Text(LabelSq, LabelEn, LabelSrLatn))
    {
        Help = OptionalText(HelpSq, HelpEn, HelpSrLatn),
        Required = Required,
        Options = Kind is FieldKind.Choice or FieldKind.MultiChoice ? ParseOptions(Options) : [],
        VisibleWhen = string.IsNullOrWhiteSpace(VisibleWhenField)
            ? null
            : new VisibilityRule(VisibleWhenField.Trim(), (VisibleWhenValues ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        MinLength = MinLength,
        MaxLength = MaxLength,
        Min = Min,
        Max = Max,
        Pattern = string.IsNullOrWhiteSpace(Pattern) ? null : Pattern.Trim(),
        MaxFiles = Kind == FieldKind.File ? MaxFiles : 1,
        Person = Person,
        Identifying = Identifying,
        Sensitive = Sensitive,
    };

    public static LocalizedText Text(string? albanian, string? english, string? serbianLatin)
    {
        var text = new LocalizedText();
        foreach (var (culture, value) in new[] { (Cultures.Albanian, albanian), (Cultures.English, english), (Cultures.SerbianLatin, serbianLatin) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text[culture] = value.Trim();
            }
        }

        return text;
    }

    public static LocalizedText? OptionalText(string? albanian, string? english, string? serbianLatin) =>
        Text(albanian, english, serbianLatin) is { Count: > 0 } text ? text : null;

    private static List<FieldOption> ParseOptions(string? lines) =>
        (lines ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(parts => new FieldOption(parts[0], Text(parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2), parts.ElementAtOrDefault(3))))
            .ToList();

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
