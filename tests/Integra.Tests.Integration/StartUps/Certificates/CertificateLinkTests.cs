using Integra.Core.Email;
using Integra.Core.Security;
using Integra.People.Services;
using Integra.StartUps;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps.Certificates;

public sealed class SqliteCertificateLinkTests() : CertificateLinkTests("Sqlite");

public sealed class PostgresCertificateLinkTests() : CertificateLinkTests("Postgres");

public abstract class CertificateLinkTests(string provider)
{
    private const string Origin = "https://integra.test";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trainee_finds_her_certificates_from_her_account_pages_and_the_completion_email_once_trained_while_the_component_is_on()
    {
        await using var world = await StartUpsWorld.StartAsync(provider, settings: new Dictionary<string, string?> { [PublicOrigin.Setting] = Origin });
        var call = await world.CallAsync(1);
        var trainee = await world.App.CreateUserAsync("arta.trainee@integra.test", StartUpsWorld.Password, Roles.Applicant);
        long personId;
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            personId = (await scope.ServiceProvider.GetRequiredService<IPersonRegistry>().RecordAsync(
                new PersonDetails("Arta", "Krasniqi", new DateOnly(1990, 3, 1), "F", "malisheva") { UserId = trainee.Id, Email = "arta.trainee@integra.test" }, Cancel)).Id;
        }

        var beneficiary = await world.HandOverAsync(await world.SelectedAsync(call, personId, "malisheva"));
        using var arta = await world.App.CreateSignedInClientAsync("arta.trainee@integra.test");
        const string link = "href=\"/sq/account/certificates\"";
        Assert.DoesNotContain(link, await PageAsync(arta, "/sq/applications"), StringComparison.Ordinal);

        await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.CompleteTraining);

        var applications = await PageAsync(arta, "/sq/applications");
        Assert.Contains(link, applications, StringComparison.Ordinal);
        Assert.Contains("Certifikatat e mia të trajnimit", applications, StringComparison.Ordinal);
        Assert.Contains("href=\"/sr-Latn/account/certificates\"", await PageAsync(arta, "/sr-Latn/applications"), StringComparison.Ordinal);
        Assert.Contains("/account/certificates\"", await PageAsync(arta, "/account/manage"), StringComparison.Ordinal);

        var mail = await world.App.Mailbox.WaitForAsync("arta.trainee@integra.test", m => m.TextBody?.Contains("Shkarkoni certifikatën e trajnimit", StringComparison.Ordinal) == true);
        Assert.Contains($"href=\"{Origin}/sq/account/certificates\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{Origin}/sq/account/certificates", mail.TextBody, StringComparison.Ordinal);

        using var someoneElse = await world.SignedInAsync("other.applicant@integra.test", Roles.Applicant);
        Assert.DoesNotContain("/account/certificates", await PageAsync(someoneElse, "/account/manage"), StringComparison.Ordinal);

        await world.App.DisableFeaturesAsync([StartUpsModule.Id], Cancel);
        Assert.DoesNotContain("/account/certificates", await PageAsync(arta, "/account/manage"), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await PageAsync(arta, "/sq/applications"), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancel);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync(Cancel);
    }
}
