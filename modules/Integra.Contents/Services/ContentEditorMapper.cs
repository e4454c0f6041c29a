using System.Globalization;
using System.Text.Json.Nodes;
using Integra.Contents.Models;
using Integra.Contents.ViewModels;

namespace Integra.Contents.Services;

/// <summary>Between a content item's JSON and the editor's form fields; dates in Europe/Belgrade on screen, UTC in store.</summary>
public static class ContentEditorMapper
{
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm";

    public static readonly TimeZoneInfo SiteTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    public static ContentEditorViewModel ToEditor(ContentItem item, ContentTypeDefinition type)
    {
        var model = new ContentEditorViewModel
        {
            ContentItemId = item.Id == 0 ? null : item.ContentItemId,
            ContentType = item.ContentType,
            Culture = item.Culture,
            Revision = item.Id == 0 ? null : item.Revision,
            Title = item.DisplayText,
            Slug = item.Slug,
            Summary = item.Summary,
            Body = Text(item.Data["body"], "html"),
            ImagePath = Text(item.Data["image"], "path"),
            ImageAlt = Text(item.Data["image"], "alt"),
            SeoTitle = Text(item.Data["seo"], "title"),
            SeoDescription = Text(item.Data["seo"], "description"),
            PublishAt = ToLocal(item.PublishAtUtc),
            UnpublishAt = ToLocal(item.UnpublishAtUtc),
            Definition = type,
            Version = item.Version,
            Published = item.Published,
        };
        var fields = item.Data["fields"] as JsonObject;
        foreach (var field in type.Fields)
        {
            model.Fields[field.Name] = FieldToText(field, fields?[field.Name]);
        }

        return model;
    }

    /// <summary>Copies the form onto the item; returns problems with values that cannot be read (dates, numbers).</summary>
    public static Dictionary<string, string> Apply(ContentEditorViewModel model, ContentItem item, ContentTypeDefinition type, Func<string, string> localize)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        item.DisplayText = model.Title ?? string.Empty;
        item.Slug = model.Slug;
        item.Summary = model.Summary;
        var data = item.Data;
        if (type.Has(ContentParts.Body))
        {
            data["body"] = new JsonObject { ["html"] = model.Body ?? string.Empty };
        }

        if (type.Has(ContentParts.Image))
        {
            data["image"] = new JsonObject { ["path"] = model.ImagePath?.Trim() ?? string.Empty, ["alt"] = model.ImageAlt?.Trim() ?? string.Empty };
        }

        if (type.Has(ContentParts.Seo))
        {
            data["seo"] = new JsonObject { ["title"] = model.SeoTitle ?? string.Empty, ["description"] = model.SeoDescription ?? string.Empty };
        }

        if (type.Has(ContentParts.PublishLater))
        {
            item.PublishAtUtc = ParseLocal(model.PublishAt, "PublishAt", errors, localize);
            item.UnpublishAtUtc = ParseLocal(model.UnpublishAt, "UnpublishAt", errors, localize);
        }

        var fields = data["fields"] as JsonObject ?? [];
        foreach (var field in type.Fields)
        {
            var text = model.Fields.GetValueOrDefault(field.Name)?.Trim();
            var value = FieldFromText(field, text, out var problem);
            if (problem is not null)
            {
                errors["fields." + field.Name] = string.Format(CultureInfo.CurrentCulture, localize(problem), localize(field.DisplayName));
            }

            fields[field.Name] = value;
        }

        data["fields"] = fields;
        return errors;
    }

    public static string? ToLocal(DateTime? utc) =>
        utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), SiteTimeZone).ToString(DateTimeFormat, CultureInfo.InvariantCulture) : null;

    private static DateTime? ParseLocal(string? text, string key, Dictionary<string, string> errors, Func<string, string> localize)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), [DateTimeFormat, "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), SiteTimeZone);
        }

        errors[key] = localize("Enter a date and time such as 2026-03-01 09:00.");
        return null;
    }

    private static string? Text(JsonNode? container, string key) =>
        container is JsonObject obj && obj[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? FieldToText(ContentFieldDefinition field, JsonNode? value)
    {
        switch (field.Kind)
        {
            case ContentFieldKind.MediaList when value is JsonArray paths:
                return string.Join('\n', paths.Select(p => p?.GetValue<string>()));
            case ContentFieldKind.MultiChoice when value is JsonArray chosen:
                return string.Join('\n', chosen.OfType<JsonValue>().Select(c => c.TryGetValue<string>(out var option) ? option : null).OfType<string>());
            case ContentFieldKind.QuestionsAndAnswers when value is JsonArray pairs:
                return string.Join("\n\n", pairs.OfType<JsonObject>().Select(p => $"{Text(p, "question")}\n{Text(p, "answer")}"));
            case ContentFieldKind.DateTime when value is JsonValue v && v.TryGetValue<string>(out var iso)
                && DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc):
                return ToLocal(utc);
            case ContentFieldKind.Boolean:
                return value is JsonValue b && b.TryGetValue<bool>(out var flag) && flag ? "true" : null;
            default:
                return value switch
                {
                    JsonValue v when v.TryGetValue<string>(out var s) => s,
                    JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                };
        }
    }

    private static JsonNode? FieldFromText(ContentFieldDefinition field, string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return field.Kind switch
            {
                ContentFieldKind.Boolean => JsonValue.Create(false),
                ContentFieldKind.MediaList or ContentFieldKind.QuestionsAndAnswers or ContentFieldKind.MultiChoice => new JsonArray(),
                _ => null,
            };
        }

        switch (field.Kind)
        {
            case ContentFieldKind.Number:
                if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                problem = "“{0}” must be a number.";
                return null;
            case ContentFieldKind.Boolean:
                return JsonValue.Create(text is "true" or "on");
            case ContentFieldKind.DateTime:
                var errors = new Dictionary<string, string>();
                var utc = ParseLocal(text, "x", errors, s => s);
                if (utc is null)
                {
                    problem = "“{0}” must be a date and time.";
                    return null;
                }

                return JsonValue.Create(utc.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            case ContentFieldKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                problem = "“{0}” must be a date.";
                return null;
            case ContentFieldKind.MultiChoice:
                // One option per line, as the editor's checkboxes post them; in the options' order, each once.
                var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
                if (field.Options.Count > 0 && lines.FirstOrDefault(l => !field.Options.Contains(l)) is not null)
                {
                    problem = "“{0}” has a choice that is not one of its options.";
                    return null;
                }

                var ordered = field.Options.Count > 0 ? field.Options.Where(lines.Contains) : lines;
                return new JsonArray(ordered.Select(o => (JsonNode)JsonValue.Create(o)!).ToArray());
            case ContentFieldKind.MediaList:
                return new JsonArray(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
            case ContentFieldKind.QuestionsAndAnswers:
                var blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
                return new JsonArray(blocks.Select(block =>
                {
                    var lines = block.Split('\n', 2);
                    return (JsonNode)new JsonObject { ["question"] = lines[0].Trim(), ["answer"] = lines.Length > 1 ? lines[1].Trim() : string.Empty };
                }).ToArray());
            default:
                return JsonValue.Create(text);
        }
    }
}
