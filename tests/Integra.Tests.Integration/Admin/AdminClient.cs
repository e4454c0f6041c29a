using System.Net;
using System.Text.RegularExpressions;
using Integra.Testing;

namespace Integra.Tests.Integration.Admin;

/// <summary>A signed-in staff member's browser, reduced to what the admin tests need: read pages, send forms.</summary>
public sealed partial class AdminClient(HttpClient client) : IDisposable
{
    private string _page = string.Empty;

    public HttpClient Http => client;

    public static async Task<AdminClient> SignInAsync(IntegraAppFactory app, string email, string culture = "en")
    {
        var admin = new AdminClient(await app.CreateSignedInClientAsync(email));
        using var response = await admin.Http.GetAsync($"/culture?culture={culture}&returnUrl=/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return admin;
    }

    /// <summary>What the page says, without markup and with white space collapsed; the page must answer 200.</summary>
    public async Task<string> PageAsync(string url) => Text(await HtmlAsync(url));

    /// <summary>The page's markup with HTML entities decoded; the page must answer 200.</summary>
    public async Task<string> HtmlAsync(string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        _page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return WebUtility.HtmlDecode(_page);
    }

    /// <summary>The text a reader sees in some markup: tags dropped, entities decoded, white space collapsed.</summary>
    public static string Text(string html) => WhiteSpace().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ");

    public async Task<HttpStatusCode> StatusAsync(string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>
    /// Submits a form of the last page read, as the browser would: the page must hold a form posting to
    /// <paramref name="url"/>, and its own antiforgery token goes with the fields.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        var form = Regex.Match(_page, $"<form[^>]*method=\"post\"[^>]*action=\"{Regex.Escape(url)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"The last page read has no form posting to {url}.");
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", HtmlForms.AntiforgeryToken(form.Groups[1].Value))));
        return await client.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a form that answers with a redirect, and reads the page it leads to.</summary>
    public async Task<string> PostAndFollowAsync(string url, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return await PageAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>Posts a form that answers with a page of its own (a question, or the form again with errors), and reads it.</summary>
    public async Task<string> PostAndReadAsync(string url, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url} answered {(int)response.StatusCode}");
        _page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return Text(_page);
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
