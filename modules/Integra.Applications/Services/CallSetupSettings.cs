using System.Text.Json;
using Integra.Applications.Data;
using Integra.Applications.Forms;

namespace Integra.Applications.Services;

/// <summary>The JSON settings of a call setup, read and written in one shape (camelCase, as the form schema).</summary>
public static class CallSetupSettings
{
    public static EligibilityRules Eligibility(this CallSetup setup) => Read<EligibilityRules>(setup.EligibilityJson) ?? new EligibilityRules();

    /// <summary>Places per municipality code; a municipality absent has no cap.</summary>
    public static Dictionary<string, int> Places(this CallSetup setup) =>
        new(Read<Dictionary<string, int>>(setup.PlacesJson) ?? [], StringComparer.Ordinal);

    /// <summary>The consent text per culture (<c>{"sq": "…", "en": "…", "sr-Latn": "…"}</c>).</summary>
    public static LocalizedText Consent(this CallSetup setup)
    {
        var consent = new LocalizedText();
        foreach (var (culture, text) in Read<Dictionary<string, string>>(setup.ConsentJson) ?? [])
        {
            consent[culture] = text;
        }

        return consent;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, FormSchema.Json);

    private static T? Read<T>(string json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? default : JsonSerializer.Deserialize<T>(json, FormSchema.Json);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
