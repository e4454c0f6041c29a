using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Integra.Core.Data;
using Integra.Media.Data;
using Integra.Media.Models;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Integra.Tests.Integration.Media;

/// <summary>A signed-in staff member's browser on the media screens, and the files the tests upload.</summary>
public sealed partial class MediaClient(IntegraAppFactory app, HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public static async Task<MediaClient> SignInAsync(IntegraAppFactory app, string email, string culture = "en")
    {
        var client = new MediaClient(app, await app.CreateSignedInClientAsync(email));
        using var response = await client.Http.GetAsync($"/culture?culture={culture}&returnUrl=/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Sends the upload form of the folder's library page, as a browser would, with the form's own token.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content, string? alt = null, string folder = "", string? serbianAlt = null)
    {
        var query = "?folder=" + Uri.EscapeDataString(folder);
        var page = await PageAsync("/admin/media" + (folder.Length == 0 ? string.Empty : query));
        var form = UploadForm().Match(page);
        Assert.True(form.Success, "The library page has no upload form.");
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.AntiforgeryToken(form.Value)), HtmlForms.TokenField },
            { new StringContent(alt ?? string.Empty), "alt[sq]" },
            { new StringContent(string.Empty), "alt[en]" },
            { new StringContent(serbianAlt ?? string.Empty), "alt[sr-Latn]" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "file", fileName);
        return await http.PostAsync("/admin/media/upload" + query, multipart, TestContext.Current.CancellationToken);
    }

    /// <summary>Uploads a file that must be accepted; returns the library page the upload leads back to.</summary>
    public async Task<string> UploadAcceptedAsync(string fileName, byte[] content, string? alt = null, string folder = "")
    {
        using var response = await UploadAsync(fileName, content, alt, folder);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Upload of {fileName} answered {(int)response.StatusCode}: {await TextAsync(response)}");
        return await PageAsync(response.RedirectTarget()!);
    }

    public async Task<string> PageAsync(string url)
    {
        using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Posts a form of the given page, with that form's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string action, params (string Name, string Value)[] fields)
    {
        var page = await PageAsync(pageUrl);
        var form = Regex.Match(page, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"{pageUrl} has no form posting to {action}.");
        return await http.PostFormAsync(action, HtmlForms.AntiforgeryToken(form.Groups[1].Value), fields, TestContext.Current.CancellationToken);
    }

    /// <summary>What a page says, without markup, entities decoded and white space collapsed.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WhiteSpace().Replace(WebUtility.HtmlDecode(Tag().Replace(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), " ")), " ");

    public static string Text(string html) => WhiteSpace().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ");

    public async Task<List<MediaFile>> StoredFilesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Files.AsNoTracking().OrderBy(f => f.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<string>> AuditAsync(string action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEntries
            .Where(a => a.Module == "Media" && a.Action == action).OrderBy(a => a.Id).Select(a => a.Subject!).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Every file under the media, cache and upload folders of the site's app data.</summary>
    public IReadOnlyList<string> FilesOnDisk() =>
        new[] { "media", "media-cache", "media-tmp" }
            .Select(f => Path.Combine(app.AppData, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.GetFiles(f, "*", SearchOption.AllDirectories))
            .ToList();

    public void Dispose() => http.Dispose();

    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x1f, 0x6f, 0xb5));
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A minimal but real Word document: the parts Word itself needs.</summary>
    public static byte[] Docx(string text)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """);
            Add(zip, "word/document.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>
                """);
        }

        return memory.ToArray();

        static void Add(ZipArchive zip, string name, string content)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
    }

    /// <summary>What a Windows program starts with ("MZ", then the DOS stub), padded to a plausible size.</summary>
    public static byte[] Executable()
    {
        var bytes = new byte[64 * 1024];
        ((ReadOnlySpan<byte>)[0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF]).CopyTo(bytes);
        "This program cannot be run in DOS mode."u8.CopyTo(bytes.AsSpan(0x4E));
        return bytes;
    }

    [GeneratedRegex("<form[^>]*action=\"/admin/media/upload[^\"]*\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex UploadForm();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
