using System.Net;
using System.Text.RegularExpressions;

namespace Integra.Testing;

/// <summary>Submits the site's forms the way a browser does: fetch the page, take its antiforgery token, post.</summary>
public static partial class HtmlForms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups["value"].Value)
            : throw new InvalidOperationException("The page has no antiforgery token; is the form there?");
    }

    /// <summary>Fetches <paramref name="pageUrl"/>, then posts the fields with its token to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pageUrl, string action, IEnumerable<(string Name, string Value)> fields, CancellationToken cancellationToken = default)
    {
        using var page = await client.GetAsync(pageUrl, cancellationToken);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)page.StatusCode} {page.Headers.Location}, not the form.");
        }

        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync(cancellationToken));
        return await client.PostFormAsync(action, token, fields, cancellationToken);
    }

    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string action, string token, IEnumerable<(string Name, string Value)> fields, CancellationToken cancellationToken = default) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields.Append((Name: TokenField, Value: token)).Select(f => KeyValuePair.Create(f.Name, f.Value))), cancellationToken);

    /// <summary>The page's text with HTML entities decoded, so assertions can look for words as people read them.</summary>
    public static async Task<string> ReadPageAsync(this HttpResponseMessage response, CancellationToken cancellationToken = default) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellationToken));

    [GeneratedRegex("<input[^>]*name=\"" + TokenField + "\"[^>]*value=\"(?<value>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex TokenInput();
}
