using System.Net;
using Integra.Testing;

namespace Integra.Tests.Integration.Hosting;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_are_refused_with_a_friendly_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        await using var app = new IntegraAppFactory(database, new Dictionary<string, string?>
        {
            ["Integra:RateLimits:Login:PermitLimit"] = "3",
            ["Integra:RateLimits:Login:WindowSeconds"] = "600",
        });
        using var client = app.CreateBrowserlikeClient();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await client.SignInAsync("nobody@integra.test", $"Wrong-Password-{attempt}", cancellationToken: ct);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent([]) };
        request.Headers.AcceptLanguage.ParseAdd("sq");
        using var refused = await client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(ct);
        Assert.Contains("<h1>Shumë përpjekje</h1>", html, StringComparison.Ordinal);
    }
}
