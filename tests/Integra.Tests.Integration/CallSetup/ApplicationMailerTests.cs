using System.Net;
using Integra.Applications;
using Integra.Applications.Services;
using Integra.People.Services;
using Integra.Testing;
using Integra.Tests.Integration.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.CallSetup;

public sealed class SqliteApplicationMailerTests() : ApplicationMailerTests("Sqlite");

public sealed class PostgresApplicationMailerTests() : ApplicationMailerTests("Postgres");

/// <summary>The engine's e-mails reach applicants in their language, from templates staff can edit.</summary>
public abstract class ApplicationMailerTests(string provider) : IAsyncLifetime
{
    private CallSetupApp _app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _app = await CallSetupApp.StartAsync(provider);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_receipt_goes_out_in_Albanian_and_in_Serbian_Cyrillic_with_the_reference_the_call_and_a_link_to_the_application()
    {
        var arta = await _app.App.CreateUserAsync("arta@integra.test", "Applicant-Password-1!", "Applicant");
        var marija = await _app.App.CreateUserAsync("marija@integra.test", "Applicant-Password-1!", "Applicant");
        var albanian = await _app.CreateApplicationAsync(CallSetupApp.OpenCallSlug, "sq", arta.Id, Names("Arta", "<b>Krasniqi</b>"), reference: "C2-2-0001");
        var cyrillic = await _app.CreateApplicationAsync(CallSetupApp.OpenCallSlug, "sr-Cyrl", marija.Id, Names("Marija", "Petrović"), reference: "C2-2-0002");

        Assert.True(await SendAsync(ApplicationMessages.Receipt, albanian));
        Assert.True(await SendAsync(ApplicationMessages.Receipt, cyrillic));

        var toArta = await _app.App.Mailbox.WaitForAsync("arta@integra.test");
        Assert.Equal("E morëm aplikimin tuaj C2-2-0001", toArta.Subject);
        Assert.Contains("Përshëndetje Arta &lt;b&gt;Krasniqi&lt;/b&gt;,", toArta.HtmlBody);
        Assert.Contains("Shembull: Thirrje për grante biznesi – thirrja e dytë (komponenti 2)", toArta.HtmlBody);
        Assert.Contains($"href=\"{CallSetupApp.PublicOrigin}/sq/applications/{albanian.Id}\"", toArta.HtmlBody);
        Assert.Contains("Përshëndetje Arta <b>Krasniqi</b>,", toArta.TextBody);
        Assert.Contains($"{CallSetupApp.PublicOrigin}/sq/applications/{albanian.Id}", toArta.TextBody);

        var toMarija = await _app.App.Mailbox.WaitForAsync("marija@integra.test");
        Assert.Equal("Примили смо вашу пријаву C2-2-0002", toMarija.Subject);
        Assert.Contains("Поштовани/а Marija Petrović,", toMarija.TextBody);
        Assert.Contains("Пример: Позив за пословне грантове – други позив (компонента 2)", toMarija.TextBody);
        Assert.Contains($"{CallSetupApp.PublicOrigin}/sr-Cyrl/applications/{cyrillic.Id}", toMarija.TextBody);
    }

    [Fact]
    public async Task An_edited_template_is_checked_previewed_and_then_used_for_the_next_receipt()
    {
        var arta = await _app.App.CreateUserAsync("arta@integra.test", "Applicant-Password-1!", "Applicant");
        var application = await _app.CreateApplicationAsync(CallSetupApp.OpenCallSlug, "sq", arta.Id, Names("Arta", "Krasniqi"), reference: "C2-2-0003");
        using var admin = await AdminClient.SignInAsync(_app.App, IntegraAppFactory.AdminEmail, "sq");
        const string url = "/admin/applications/messages/receipt/sq";

        await admin.HtmlAsync(url);
        var broken = await admin.PostAndReadAsync(url, ("Subject", "Aplikimi {{ reference"), ("Body", "<p>Faleminderit</p>"), ("Revision", "0"), ("Command", "save"));
        Assert.Contains("E-maili nuk u ruajt: së pari rregulloni gabimet e sintaksës.", broken);

        await admin.HtmlAsync(url);
        var preview = await admin.PostAndReadAsync(url, ("Subject", "Aplikimi {{ reference }} u pranua"), ("Body", "<p>Faleminderit, {{ applicant_name }}!</p>"), ("Revision", "0"), ("Command", "preview"));
        Assert.Contains("Aplikimi C2-2-0007 u pranua", preview);

        await admin.HtmlAsync(url);
        await admin.PostAndFollowAsync(url, ("Subject", "Aplikimi {{ reference }} u pranua"), ("Body", "<p>Faleminderit, {{ applicant_name }}!</p>"), ("Revision", "0"), ("Command", "save"));
        Assert.True(await SendAsync(ApplicationMessages.Receipt, application));

        var message = await _app.App.Mailbox.WaitForAsync("arta@integra.test");
        Assert.Equal("Aplikimi C2-2-0003 u pranua", message.Subject);
        Assert.Contains("Faleminderit, Arta Krasniqi!", message.TextBody);

        await admin.HtmlAsync(url);
        using var stale = await admin.PostAsync(url, ("Subject", "Tjetër"), ("Body", "<p>Tjetër</p>"), ("Revision", "0"), ("Command", "save"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Dikush tjetër e ruajti këtë e-mail", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync(Cancel)));
    }

    [Fact]
    public async Task An_assisted_applicant_is_written_to_at_the_registry_address_and_one_without_an_address_is_not_written_to()
    {
        long withEmail, withoutEmail;
        await using (var scope = _app.App.Services.CreateAsyncScope())
        {
            var people = scope.ServiceProvider.GetRequiredService<IPersonRegistry>();
            withEmail = (await people.RecordAsync(new PersonDetails("Drita", "Gashi", new DateOnly(1990, 3, 1), "F", "malisheva") { Email = "drita@integra.test", PersonalNumber = "1234567890" }, Cancel)).Id;
            withoutEmail = (await people.RecordAsync(new PersonDetails("Besa", "Hoxha", new DateOnly(1991, 3, 1), "F", "malisheva") { PersonalNumber = "1234567891" }, Cancel)).Id;
        }

        var drita = await _app.CreateApplicationAsync(CallSetupApp.OpenCallSlug, "en", null, Names("Drita", "Gashi"), ApplicationStatus.Withdrawn, "C2-2-0004", withEmail);
        var besa = await _app.CreateApplicationAsync(CallSetupApp.OpenCallSlug, "en", null, Names("Besa", "Hoxha"), ApplicationStatus.Withdrawn, "C2-2-0005", withoutEmail);

        Assert.True(await SendAsync(ApplicationMessages.Withdrawn, drita));
        Assert.False(await SendAsync(ApplicationMessages.Withdrawn, besa));
        var message = await _app.App.Mailbox.WaitForAsync("drita@integra.test");
        Assert.Equal("Your application to Example: Call for business grants – second call (component 2) is withdrawn", message.Subject);
        Assert.Contains("Hello Drita Gashi,", message.TextBody);
    }

    private static Dictionary<string, object> Names(string first, string last) => new() { ["first-name"] = first, ["last-name"] = last };

    private async Task<bool> SendAsync(string message, Integra.Applications.Data.Application application)
    {
        await using var scope = _app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IApplicationMailer>().SendAsync(message, application, new Dictionary<string, object?>(), Cancel);
    }
}
