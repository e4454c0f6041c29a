using System.Net;
using Integra.Testing;

namespace Integra.Tests.Integration.Hosting;

public sealed class OperationsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IntegraAppFactory _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("Sqlite");
        _app = new IntegraAppFactory(_database);
        _client = _app.CreateBrowserlikeClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy_without_inline_script()
    {
        using var response = await _client.GetAsync("/sq", TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Health_endpoints_report_the_database_as_ready()
    {
        var ct = TestContext.Current.CancellationToken;
        using var live = await _client.GetAsync("/health/live", ct);
        using var ready = await _client.GetAsync("/health/ready", ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Health_turns_unhealthy_when_the_database_is_gone()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new SqliteTestDatabase();
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", ct)).StatusCode);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        await File.WriteAllTextAsync(file, "not a database", ct);

        using var response = await client.GetAsync("/health/ready", ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync(ct));
    }

    [Theory]
    [InlineData("sq", "Faqja nuk u gjet")]
    [InlineData("en", "Page not found")]
    [InlineData("sr-Cyrl", "Страница није пронађена")]
    public async Task An_unknown_page_answers_a_friendly_404_in_the_visitors_language(string culture, string heading)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.AcceptLanguage.ParseAdd(culture);
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
