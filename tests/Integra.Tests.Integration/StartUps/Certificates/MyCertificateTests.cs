using System.Net;
using Integra.Core.Security;
using Integra.People.Services;
using Integra.StartUps;
using Integra.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps.Certificates;

public sealed class SqliteMyCertificateTests() : MyCertificateTests("Sqlite");

public sealed class PostgresMyCertificateTests() : MyCertificateTests("Postgres");

public abstract class MyCertificateTests(string provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trainee_downloads_their_own_certificate_once_trained_and_nobody_else_can()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        var call = await world.CallAsync(1);
        var trainee = await world.App.CreateUserAsync("arta.trainee@integra.test", StartUpsWorld.Password, Roles.Applicant);
        long personId;
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            personId = (await scope.ServiceProvider.GetRequiredService<IPersonRegistry>().RecordAsync(
                new PersonDetails("Arta", "Krasniqi", new DateOnly(1990, 3, 1), "F", "malisheva") { UserId = trainee.Id, Email = "arta.trainee@integra.test" }, Cancel)).Id;
        }

        var beneficiary = await world.HandOverAsync(await world.SelectedAsync(call, personId, "malisheva"));
        var certificate = $"/sq/account/certificates/{beneficiary.Id}";
        using var own = await world.App.CreateSignedInClientAsync("arta.trainee@integra.test");

        using (var beforeTraining = await own.GetAsync(certificate, Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, beforeTraining.StatusCode);
        }

        Assert.Contains("Ende nuk keni certifikatë", await (await own.GetAsync("/sq/account/certificates", Cancel)).ReadPageAsync(Cancel), StringComparison.Ordinal);

        await world.FireAsync(beneficiary.Id, BeneficiaryTrigger.CompleteTraining);

        var list = await (await own.GetAsync("/sq/account/certificates", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains($"Shkarkoni certifikatën për {beneficiary.Reference} (PDF)", list, StringComparison.Ordinal);
        using (var pdf = await own.GetAsync(certificate, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Cancel))[..4], StringComparison.Ordinal);
        }

        using var someoneElse = await world.SignedInAsync("other.applicant@integra.test", Roles.Applicant);
        using var refused = await someoneElse.GetAsync(certificate, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
