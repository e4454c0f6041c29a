using System.Net;
using Integra.Applications;
using Integra.Tests.Integration.Reviews;
using Integra.Testing;

namespace Integra.Tests.Integration.Story;

public sealed class SqliteWithdrawalNoticeTests() : WithdrawalNoticeTests("Sqlite");

public sealed class PostgresWithdrawalNoticeTests() : WithdrawalNoticeTests("Postgres");

/// <summary>An applicant who withdraws hears back by e-mail, in their language.</summary>
public abstract class WithdrawalNoticeTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Withdrawing_an_application_sends_the_applicant_a_confirmation_in_their_language()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("2", 2);
        var arta = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva", "arta@integra.test", "sq");
        var marija = await world.SubmitAsync(call, "Marija", "Petrović", "gracanica", "marija@integra.test", "sr-Latn");

        foreach (var (id, email, culture) in new[] { (arta, "arta@integra.test", "sq"), (marija, "marija@integra.test", "sr-Latn") })
        {
            using var applicant = await world.App.CreateSignedInClientAsync(email);
            var page = $"/{culture}/applications/{id}/withdraw";
            using var response = await applicant.SubmitFormAsync(page, page, [("reason", "Kam gjetur punë.")], Cancel);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(ApplicationStatus.Withdrawn, (await world.ApplicationAsync(id)).Status);
        }

        var albanian = await world.App.Mailbox.WaitForAsync("arta@integra.test");
        Assert.Equal("Aplikimi juaj për Shembull: Thirrje për grante biznesi – thirrja e dytë (komponenti 2) u tërhoq", albanian.Subject);
        Assert.Contains("aplikimi juaj C2-2-0001", albanian.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/sq/applications/{arta}", albanian.TextBody, StringComparison.Ordinal);

        var serbian = await world.App.Mailbox.WaitForAsync("marija@integra.test");
        Assert.Equal("Vaša prijava na Primer: Poziv za poslovne grantove – drugi poziv (komponenta 2) je povučena", serbian.Subject);
        Assert.Contains("vaša prijava C2-2-0002", serbian.TextBody, StringComparison.Ordinal);
        Assert.Single(world.App.Mailbox.To("marija@integra.test"));
    }
}
