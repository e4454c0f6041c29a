using System.Net;
using Integra.Testing;
using Integra.Testing.Kernel;
using Integra.TestModule;

namespace Integra.Tests.Integration.Hosting;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_failing_page_shows_a_friendly_error_in_the_visitors_language_and_never_the_exception()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database);
        await app.EnableFeaturesAsync([NoticeBoardModule.Id], ct);
        using var client = app.CreateBrowserlikeClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/sr-Cyrl/notices/broken");
        request.Headers.AcceptLanguage.ParseAdd("sr-Cyrl");
        using var response = await client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("<h1>Нешто није у реду</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NoticeBoardStartup", html, StringComparison.Ordinal);
    }
}
