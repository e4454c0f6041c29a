using System.Net;
using Integra.Testing;

namespace Integra.Tests.Integration.Hosting;

public abstract class HostSmokeTests(string provider)
{
    [Fact]
    public async Task The_home_page_answers_in_Albanian_with_alternates_for_every_culture()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new IntegraAppFactory(database);
        using var client = app.CreateBrowserlikeClient();

        var root = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/sq", root.Headers.Location?.OriginalString);

        var html = await client.GetStringAsync("/sq", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"sq\">", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"sr-Cyrl\"", html, StringComparison.Ordinal);
        Assert.Contains("Kalo te përmbajtja kryesore", html, StringComparison.Ordinal);
    }
}

public sealed class SqliteHostSmokeTests() : HostSmokeTests("Sqlite");

public sealed class PostgresHostSmokeTests() : HostSmokeTests("Postgres");
