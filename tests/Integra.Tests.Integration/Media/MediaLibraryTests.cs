using System.Net;
using System.Security.Cryptography;
using Integra.Core.Features;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Integra.Tests.Integration.Media;

public abstract class MediaLibraryTests(string provider)
{
    private const string EditorEmail = "editor@integra.test";
    private const string Password = "Editor-Password-2026!";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_editor_uploads_a_PNG_with_alt_text_and_the_public_gets_it_and_a_resized_copy_made_once()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync(EditorEmail, Password, Roles.Editor);
        using var editor = await MediaClient.SignInAsync(app, EditorEmail);
        var png = MediaClient.Png(800, 600);

        var library = MediaClient.Text(await editor.UploadAcceptedAsync("Vizita në Prizren.png", png, alt: "Ministri flet me të rinjtë në qendrën e trajnimit"));

        Assert.Contains("Uploaded “vizita-ne-prizren.png”.", library, StringComparison.Ordinal);
        var stored = Assert.Single(await editor.StoredFilesAsync());
        Assert.Equal(("vizita-ne-prizren.png", "image/png", 800, 600), (stored.Path, stored.ContentType, stored.Width!.Value, stored.Height!.Value));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(png)), stored.Sha256);
        Assert.Equal(EditorEmail, stored.UploadedBy);
        Assert.Contains("Ministri flet me të rinjtë", stored.AltText!, StringComparison.Ordinal);
        Assert.Equal(["vizita-ne-prizren.png"], await editor.AuditAsync("Media uploaded"));

        using var visitor = new HttpClient { BaseAddress = app.ServerAddress };
        using var original = await visitor.GetAsync("/media/vizita-ne-prizren.png", Cancel);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/png", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["nosniff"], original.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(original.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(30));
        Assert.Equal(png, await original.Content.ReadAsByteArrayAsync(Cancel));
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/media/vizita-ne-prizren.png");
        revalidation.Headers.IfNoneMatch.Add(original.Headers.ETag!);
        using var notModified = await visitor.SendAsync(revalidation, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        var first = await visitor.GetByteArrayAsync("/media/vizita-ne-prizren.png?w=320", Cancel);
        using (var resized = SKBitmap.Decode(first))
        {
            Assert.Equal((320, 240), (resized.Width, resized.Height));
        }

        var cached = Path.Combine(app.AppData, "media-cache", "320", "vizita-ne-prizren.png");
        Assert.True(File.Exists(cached), "The resized copy is kept on disk.");
        Assert.Equal(first, await File.ReadAllBytesAsync(cached, Cancel));
        var made = File.GetLastWriteTimeUtc(cached);
        var second = await visitor.GetByteArrayAsync("/media/vizita-ne-prizren.png?w=320", Cancel);
        Assert.Equal(first, second);
        Assert.Equal(made, File.GetLastWriteTimeUtc(cached));

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/media/vizita-ne-prizren.png?w=321", Cancel)).StatusCode);
        Assert.Contains("src=\"/media/vizita-ne-prizren.png?w=320\" alt=\"Ministri flet me të rinjtë", System.Net.WebUtility.HtmlDecode(await editor.PageAsync("/admin/media")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_staff_member_reads_the_alt_text_in_their_language_Cyrillic_from_the_Serbian_Latin_and_Albanian_where_none_is_written()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync(EditorEmail, Password, Roles.Editor);
        using var editor = await MediaClient.SignInAsync(app, EditorEmail, "sq");
        using var upload = await editor.UploadAsync("klina.png", MediaClient.Png(400, 300), alt: "Sheshi i Klinës", serbianAlt: "Trg u Klini");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        foreach (var (culture, alt) in new[] { ("sq", "Sheshi i Klinës"), ("sr-Latn", "Trg u Klini"), ("sr-Cyrl", "Трг у Клини"), ("en", "Sheshi i Klinës") })
        {
            using var reader = await MediaClient.SignInAsync(app, EditorEmail, culture);
            Assert.Contains($"alt=\"{alt}\"", System.Net.WebUtility.HtmlDecode(await reader.PageAsync("/admin/media")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_executable_renamed_to_pdf_is_refused_with_a_clear_message_and_nothing_is_kept()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        using var response = await admin.UploadAsync("guidelines.pdf", MediaClient.Executable());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "The file was not uploaded: “guidelines.pdf” is not a file type the library accepts: its content is not a JPEG, PNG, WebP or GIF image, a PDF or a Word (DOCX) document, whatever its name says.",
            await MediaClient.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await admin.StoredFilesAsync());
        Assert.Empty(admin.FilesOnDisk());
        Assert.Empty(await admin.AuditAsync("Media uploaded"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/media/guidelines.pdf", Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_refusal_is_explained_in_the_staff_members_language()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail, "sq");

        using var response = await admin.UploadAsync("udhezimet.pdf", MediaClient.Executable());

        Assert.Contains(
            "„udhezimet.pdf” nuk është lloj skedari që biblioteka pranon: përmbajtja e tij nuk është imazh JPEG, PNG, WebP ose GIF, as dokument PDF ose Word (DOCX), çfarëdo që të thotë emri i tij.",
            await MediaClient.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await admin.StoredFilesAsync());
    }

    [Fact]
    public async Task A_50_MB_image_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        var huge = new byte[50 * 1024 * 1024];
        MediaClient.Png(64, 48).CopyTo(huge, 0);

        using var response = await admin.UploadAsync("poster.png", huge, alt: "Poster");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Images may be at most 10 MB and documents at most 20 MB. Nothing was saved.", await MediaClient.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await admin.StoredFilesAsync());
        Assert.Empty(admin.FilesOnDisk());
    }

    [Fact]
    public async Task An_image_over_its_own_limit_but_within_the_request_limit_is_refused_by_name()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        var big = new byte[12 * 1024 * 1024];
        MediaClient.Png(64, 48).CopyTo(big, 0);

        using var response = await admin.UploadAsync("poster.png", big, alt: "Poster");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The image is 12 MB; images may be at most 10 MB. Make it smaller and upload it again.", await MediaClient.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await admin.StoredFilesAsync());
        Assert.Empty(admin.FilesOnDisk());
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused_and_a_document_named_like_another_type_too()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);

        using var withoutAlt = await admin.UploadAsync("logo.png", MediaClient.Png(200, 100), alt: "  ");
        using var misnamed = await admin.UploadAsync("guidelines.pdf", MediaClient.Docx("Guidelines"));

        Assert.Contains("Alt text is required for images: describe what the image shows for people who cannot see it.", await MediaClient.TextAsync(withoutAlt), StringComparison.Ordinal);
        Assert.Contains("“guidelines.pdf” contains a Word (DOCX) file but its name ends in “.pdf”. Rename it to end in .docx and upload it again.", await MediaClient.TextAsync(misnamed), StringComparison.Ordinal);
        Assert.Empty(await admin.StoredFilesAsync());
        Assert.Empty(admin.FilesOnDisk());
    }

    [Fact]
    public async Task A_Word_document_is_accepted_into_a_folder_and_served_as_a_download()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        var docx = MediaClient.Docx("Udhëzimet për aplikantët");

        using var created = await admin.PostFormAsync("/admin/media", "/admin/media/folders?folder=", ("name", "Calls"));
        Assert.Equal("/admin/media?folder=calls", created.RedirectTarget());
        await admin.UploadAcceptedAsync("Udhëzimet e thirrjes 2.docx", docx, folder: "calls");
        var again = MediaClient.Text(await admin.UploadAcceptedAsync("Udhëzimet e thirrjes 2.docx", docx, folder: "calls"));

        Assert.Contains("Uploaded “calls/udhezimet-e-thirrjes-2-2.docx”.", again, StringComparison.Ordinal);
        Assert.Equal(["calls/udhezimet-e-thirrjes-2.docx", "calls/udhezimet-e-thirrjes-2-2.docx"], (await admin.StoredFilesAsync()).Select(f => f.Path));
        using var visitor = new HttpClient { BaseAddress = app.ServerAddress };
        using var download = await visitor.GetAsync("/media/calls/udhezimet-e-thirrjes-2.docx", Cancel);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync(Cancel));

        using var invalid = await admin.PostFormAsync("/admin/media?folder=calls", "/admin/media/folders?folder=calls", ("name", "../secret"));
        Assert.Contains("A folder name uses letters a–z, digits, hyphens and underscores, starts with a letter or digit and has at most 64 characters.", await MediaClient.TextAsync(invalid), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(app.AppData, "media", "secret")));
    }

    [Fact]
    public async Task Deleting_a_file_in_use_warns_with_where_it_is_used_and_only_the_confirmation_deletes_it()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FeatureManager>().EnableAsync([MediaUsageFixtureModule.Id], cancellationToken: Cancel);
        }

        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        await admin.UploadAcceptedAsync("in-use-banner.png", MediaClient.Png(400, 200), alt: "Banderola");

        var question = MediaClient.Text(await admin.PageAsync("/admin/media/delete?path=in-use-banner.png"));
        Assert.Contains($"This file is in use. Deleting it leaves a broken image or link in these places: {MediaUsageFixtureModule.UsageTitle}", question, StringComparison.Ordinal);

        using var withoutConfirmation = await admin.PostFormAsync("/admin/media/delete?path=in-use-banner.png", "/admin/media/delete", ("path", "in-use-banner.png"));
        Assert.Equal(HttpStatusCode.OK, withoutConfirmation.StatusCode);
        Assert.Contains(MediaUsageFixtureModule.UsageTitle, await MediaClient.TextAsync(withoutConfirmation), StringComparison.Ordinal);
        Assert.Single(await admin.StoredFilesAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/media/in-use-banner.png", Cancel)).StatusCode);

        using var confirmed = await admin.PostFormAsync("/admin/media/delete?path=in-use-banner.png", "/admin/media/delete", ("path", "in-use-banner.png"), ("confirmed", "true"));

        Assert.True(confirmed.RedirectTarget() == "/admin/media", $"{(int)confirmed.StatusCode} {await MediaClient.TextAsync(confirmed)}");
        Assert.Empty(await admin.StoredFilesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/media/in-use-banner.png", Cancel)).StatusCode);
        Assert.Equal(["in-use-banner.png"], await admin.AuditAsync("Media deleted"));
    }

    [Fact]
    public async Task Deleting_an_image_that_a_news_article_uses_names_that_article_first()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        await admin.UploadAcceptedAsync("workshop.png", MediaClient.Png(400, 200), alt: "Punëtoria");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var contents = scope.ServiceProvider.GetRequiredService<Integra.Contents.Services.IContentManager>();
            var news = contents.New("NewsArticle", "sq");
            news.DisplayText = "Punëtoria e zdrukthëtarisë";
            news.Data["image"] = new System.Text.Json.Nodes.JsonObject { ["path"] = "workshop.png", ["alt"] = "Punëtoria" };
            Assert.True((await contents.PublishAsync(news, null, Cancel)).Succeeded);
        }

        var question = MediaClient.Text(await admin.PageAsync("/admin/media/delete?path=workshop.png"));

        Assert.Contains("This file is in use.", question, StringComparison.Ordinal);
        Assert.Contains("Punëtoria e zdrukthëtarisë (sq)", question, StringComparison.Ordinal);
        Assert.Single(await admin.StoredFilesAsync());
    }

    [Fact]
    public async Task The_picker_lists_files_with_their_paths_and_the_library_is_for_staff_with_the_permission()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        await app.CreateUserAsync("applicant@integra.test", Password, Roles.Applicant);
        using var admin = await MediaClient.SignInAsync(app, IntegraAppFactory.AdminEmail);
        await admin.UploadAcceptedAsync("hero.png", MediaClient.Png(400, 200), alt: "Të rinj në punëtori");

        var picker = await admin.PageAsync("/admin/media/picker?target=ImagePath");

        Assert.Contains("data-media-target=\"ImagePath\"", picker, StringComparison.Ordinal);
        Assert.Contains("data-media-choose=\"hero.png\"", picker, StringComparison.Ordinal);
        Assert.Contains("readonly value=\"hero.png\"", picker, StringComparison.Ordinal);
        Assert.Contains("/_content/Integra.Media/js/media-picker.js", picker, StringComparison.Ordinal);
        using var applicant = await MediaClient.SignInAsync(app, "applicant@integra.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.Http.GetAsync("/admin/media", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.Http.GetAsync("/admin/media/picker", Cancel)).StatusCode);
    }
}

public sealed class SqliteMediaLibraryTests() : MediaLibraryTests("Sqlite");

public sealed class PostgresMediaLibraryTests() : MediaLibraryTests("Postgres");
