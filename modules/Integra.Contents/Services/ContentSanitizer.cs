using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Integra.Contents.Services;

/// <summary>
/// Cleans what editors send, whatever editor they used: rich text keeps safe formatting only, plain-text
/// values (titles, summaries) keep no markup at all.
/// </summary>
public sealed partial class ContentSanitizer
{
    private readonly HtmlSanitizer _html;

    public ContentSanitizer()
    {
        _html = new HtmlSanitizer();
        _html.AllowedSchemes.Add("mailto");
        _html.AllowedSchemes.Add("tel");
        _html.AllowedAttributes.Add("class");
        _html.AllowedCssProperties.Clear();
        // The site's CSP forbids inline styles, so style attributes would only be dead weight.
        _html.AllowedAttributes.Remove("style");
    }

    public string Html(string? html) => string.IsNullOrWhiteSpace(html) ? string.Empty : _html.Sanitize(html).Trim();

    /// <summary>Text with tags (and the content of script and style elements) removed and entities decoded; output is encoded on display.</summary>
    public static string PlainText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutScripts = ScriptOrStyle().Replace(text, " ");
        var withoutTags = Tag().Replace(withoutScripts, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    /// <summary>Rich text as lines of plain text, for diffs and search.</summary>
    public static string HtmlToLines(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var broken = BlockEnd().Replace(html, "\n");
        var lines = broken.Split('\n').Select(PlainText).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[a-zA-Z/!?][^>]*(>|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"</(p|div|h[1-6]|li|blockquote|pre|tr)\s*>|<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockEnd();
}
