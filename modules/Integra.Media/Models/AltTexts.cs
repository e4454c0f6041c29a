using System.Text.Encodings.Web;
using System.Text.Json;
using Integra.Core.Localization;

namespace Integra.Media.Models;

/// <summary>Alt text per culture, stored as a JSON object in <see cref="MediaFile.AltText"/>.</summary>
public static class AltTexts
{
    // Stored as written, not \u-escaped, so the column stays readable in the database.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Serialize(IReadOnlyDictionary<string, string> texts) =>
        texts.Count == 0 ? null : JsonSerializer.Serialize(texts.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(), Readable);

    public static IReadOnlyDictionary<string, string> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    /// <summary>The text for the culture (Cyrillic from Serbian Latin), else the default culture's, which every image has.</summary>
    public static string For(string? json, string culture)
    {
        var texts = Parse(json);
        return Cultures.TextFor(texts, culture) ?? texts.GetValueOrDefault(Cultures.Default) ?? string.Empty;
    }
}
