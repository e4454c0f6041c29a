using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Integra.Contents.Models;

namespace Integra.Search.Indexing;

/// <summary>What the index keeps of one published content item.</summary>
public sealed record SearchDocument(string ContentItemId, string Culture, string ContentType, string Title, string Url, string Text, DateTime? DateUtc)
{
    private static readonly ContentFieldKind[] TextKinds = [ContentFieldKind.Text, ContentFieldKind.LongText, ContentFieldKind.Html];

    /// <summary>The document for a published item, or null when the item has no public page to find.</summary>
    public static SearchDocument? From(ContentItem item, ContentTypeDefinition? type)
    {
        if (type is null || !type.Listable || string.IsNullOrWhiteSpace(item.Slug))
        {
            return null;
        }

        var text = new StringBuilder();
        Append(text, item.Summary);
        Append(text, PlainText.FromHtml(item.Data["body"]?["html"] is JsonValue body && body.TryGetValue<string>(out var html) ? html : null));
        if (item.Data["fields"] is JsonObject fields)
        {
            foreach (var field in type.Fields.Where(f => TextKinds.Contains(f.Kind)))
            {
                if (fields[field.Name] is JsonValue value && value.TryGetValue<string>(out var fieldText))
                {
                    Append(text, field.Kind == ContentFieldKind.Html ? PlainText.FromHtml(fieldText) : fieldText);
                }
            }
        }

        var url = string.IsNullOrEmpty(type.RoutePrefix)
            ? $"/{item.Culture}/{item.Slug}"
            : $"/{item.Culture}/{type.RoutePrefix.Trim('/')}/{item.Slug}";
        return new SearchDocument(item.ContentItemId, item.Culture, item.ContentType, item.DisplayText, url, text.ToString(), item.PublishedUtc ?? item.ModifiedUtc);
    }

    private static void Append(StringBuilder text, string? part)
    {
        if (!string.IsNullOrWhiteSpace(part))
        {
            text.Append(part.Trim()).Append("\n\n");
        }
    }
}

/// <summary>The words of sanitized rich text, for indexing and snippets.</summary>
public static partial class PlainText
{
    public static string? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var withoutCode = HiddenElements().Replace(html, " ");
        var text = WebUtility.HtmlDecode(Tags().Replace(withoutCode, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenElements();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
