using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Integra.Core.Data;
using Integra.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Hosting;

/// <summary>
/// The keys behind sign-in cookies and form tokens, kept in the database: encrypted to the configured certificate,
/// read back by the next start with it, and useless to a copy of the database without it.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string Password = "Key-Certificate-2026!";
    private readonly string _folder = Directory.CreateTempSubdirectory("integra-keys-").FullName;

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_a_restart_reads_them_and_the_database_alone_cannot()
    {
        var ct = TestContext.Current.CancellationToken;
        var certificate = WriteCertificate("keys.pfx");
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        var settings = new Dictionary<string, string?>
        {
            ["Integra:DataProtection:Certificate"] = certificate,
            ["Integra:DataProtection:CertificatePassword"] = Password,
        };

        string cookie;
        await using (var first = new IntegraAppFactory(database, settings))
        {
            cookie = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("Arta, Malishevë");
            using var scope = first.Services.CreateScope();
            var stored = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync(ct);
            Assert.NotEmpty(stored);
            Assert.All(stored, xml =>
            {
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
        }

        await using (var restarted = new IntegraAppFactory(database, settings))
        {
            Assert.Equal("Arta, Malishevë", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(cookie));
        }

        await using var withoutCertificate = new IntegraAppFactory(database);
        var protector = withoutCertificate.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(cookie));
    }

    [Fact]
    public async Task A_certificate_that_cannot_be_read_stops_the_start_and_says_which()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite");
        var missing = Path.Combine(_folder, "missing.pfx");
        await using var app = new IntegraAppFactory(database, new Dictionary<string, string?> { ["Integra:DataProtection:Certificate"] = missing });

        var refused = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains($"Integra:DataProtection:Certificate names {missing}", Messages(refused), StringComparison.Ordinal);
    }

    private string WriteCertificate(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Integra data protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static string Messages(Exception e) => e.InnerException is { } inner ? e.Message + " | " + Messages(inner) : e.Message;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
