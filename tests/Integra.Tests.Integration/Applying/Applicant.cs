using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Integra.Contents.Services;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Applying;

/// <summary>An applicant driving the application pages the way a browser does: pages, tokens, posts.</summary>
public sealed partial class Applicant(HttpClient client, string email)
{
    public const string Password = "Applicant-Password-2026!";

    public HttpClient Client { get; } = client;

    public string Email { get; } = email;

    public long ApplicationId { get; private set; }

    public string Base => $"/sq/applications/{ApplicationId}";

    public static async Task<Applicant> CreateAsync(IntegraAppFactory app, string email, string role = Roles.Applicant)
    {
        await app.CreateUserAsync(email, Password, role);
        return new Applicant(await app.CreateSignedInClientAsync(email), email);
    }

    /// <summary>The content item id of the seeded open call (business grants, second call).</summary>
    public static async Task<string> OpenCallAsync(IntegraAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var call = await scope.ServiceProvider.GetRequiredService<IContentManager>().FindPublishedAsync("sq", "calls", "shembull-grante-biznesi-2", TestContext.Current.CancellationToken);
        return call!.ContentItemId;
    }

    /// <summary>Starts (or finds) the application to the call; returns where the server sent the applicant.</summary>
    public async Task<string> StartAsync(string callId)
    {
        using var response = await Client.GetAsync($"/sq/applications/new?call={callId}", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = response.RedirectTarget()!;
        ApplicationId = long.Parse(ApplicationPath().Match(target).Groups["id"].Value);
        return target;
    }

    public void Use(long applicationId) => ApplicationId = applicationId;

    public async Task<string> PageAsync(string path)
    {
        using var response = await Client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync(Cancel);
    }

    /// <summary>Posts a step as its form does (multipart, with the page's token and revision), optionally with files.</summary>
    public async Task<HttpResponseMessage> PostStepAsync(string step, string go, IEnumerable<(string Name, string Value)> answers, params (string Field, string FileName, byte[] Content)[] files)
    {
        var page = await Client.GetStringAsync($"{Base}/steps/{step}", Cancel);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.AntiforgeryToken(page)), HtmlForms.TokenField },
            { new StringContent(Revision(page)), "revision" },
            { new StringContent(go), "go" },
        };
        foreach (var (name, value) in answers)
        {
            form.Add(new StringContent(value), "a." + name);
        }

        foreach (var (field, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "a." + field, fileName);
        }

        return await Client.PostAsync($"{Base}/steps/{step}", form, Cancel);
    }

    /// <summary>Fills the default form's three steps with valid answers and an ID card (a small PDF).</summary>
    public async Task FillValidAsync(string firstName = "Arta")
    {
        (await PostStepAsync("about-you", "next", ValidAboutYou(firstName))).Dispose();
        (await PostStepAsync("plans", "next", [("plan", "Dua të hap një punëtori për riparimin e telefonave në Malishevë.")])).Dispose();
        using var documents = await PostStepAsync("documents", "next", [], ("id-card", "leternjoftimi.pdf", Pdf()));
        Assert.Equal(HttpStatusCode.Redirect, documents.StatusCode);
    }

    public static IEnumerable<(string, string)> ValidAboutYou(string firstName = "Arta") =>
    [
        ("first-name", firstName), ("last-name", "Krasniqi"), ("personal-number", "1234567890"), ("birth-date", "1995-04-12"),
        ("sex", "F"), ("municipality", "malisheva"), ("phone", "044 123 456"), ("return-status", "returnee"),
    ];

    /// <summary>The review page's idempotency key.</summary>
    public async Task<string> SubmissionKeyAsync()
    {
        var page = await Client.GetStringAsync($"{Base}/review", Cancel);
        return KeyInput().Match(page).Groups["key"].Value;
    }

    public async Task<HttpResponseMessage> SubmitAsync(string key, bool consent = true)
    {
        var page = await Client.GetStringAsync($"{Base}/review", Cancel);
        var fields = new List<(string, string)> { ("key", key) };
        if (consent)
        {
            fields.Add(("consent", "yes"));
        }

        return await Client.PostFormAsync($"{Base}/review", HtmlForms.AntiforgeryToken(page), fields, Cancel);
    }

    public static byte[] Pdf(int size = 2000)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        for (var i = 9; i < size; i++)
        {
            bytes[i] = (byte)'a';
        }

        return bytes;
    }

    public static string Revision(string page) => RevisionInput().Match(page).Groups["value"].Value;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"/applications/(?<id>\d+)")]
    private static partial Regex ApplicationPath();

    [GeneratedRegex("name=\"key\" value=\"(?<key>[^\"]+)\"")]
    private static partial Regex KeyInput();

    [GeneratedRegex("name=\"revision\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex RevisionInput();
}
