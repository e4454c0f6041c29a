using System.Globalization;
using System.Text.Json.Nodes;
using Integra.Contents.Models;

namespace Integra.Cms.Models;

public sealed record QuestionAndAnswer(string Question, string Answer);

/// <summary>Reads parts and fields from an item's JSON document, tolerating missing or empty values.</summary>
public static class ContentItemFields
{
    public static JsonNode? Field(this ContentItem item, string name) =>
        Unwrap(item.Data["fields"] is JsonObject fields ? fields[name] : null);

    public static string? Text(this ContentItem item, string name) => AsString(item.Field(name));

    public static decimal? Number(this ContentItem item, string name) => item.Field(name) switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when decimal.TryParse(AsString(v), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>A date-time field: stored in UTC as ISO 8601.</summary>
    public static DateTime? UtcDateTime(this ContentItem item, string name) =>
        DateTime.TryParse(item.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    public static IReadOnlyList<string> Strings(this ContentItem item, string name) => item.Field(name) switch
    {
        JsonArray a => a.Select(AsString).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList(),
        JsonValue v when AsString(v) is { Length: > 0 } s => [s],
        _ => [],
    };

    public static IReadOnlyList<QuestionAndAnswer> QuestionsAndAnswers(this ContentItem item, string name) =>
        item.Field(name) is JsonArray a
            ? a.OfType<JsonObject>()
                .Select(o => new QuestionAndAnswer(AsString(o["question"]) ?? string.Empty, AsString(o["answer"]) ?? string.Empty))
                .Where(q => q.Question.Length > 0)
                .ToList()
            : [];

    /// <summary>Sanitized rich text of the body part.</summary>
    public static string BodyHtml(this ContentItem item) => AsString(item.Data["body"]?["html"]) ?? string.Empty;

    public static string? ImagePath(this ContentItem item) => AsString(item.Data["image"]?["path"]);

    public static string ImageAlt(this ContentItem item) => AsString(item.Data["image"]?["alt"]) ?? string.Empty;

    public static string? MetaDescription(this ContentItem item) =>
        AsString(item.Data["seo"]?["description"]) is { Length: > 0 } d ? d : item.Summary;

    public static string MetaTitle(this ContentItem item) =>
        AsString(item.Data["seo"]?["title"]) is { Length: > 0 } t ? t : item.DisplayText;

    private static JsonNode? Unwrap(JsonNode? node) => node is JsonObject o && o.ContainsKey("value") && o.Count == 1 ? o["value"] : node;

    private static string? AsString(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };
}
