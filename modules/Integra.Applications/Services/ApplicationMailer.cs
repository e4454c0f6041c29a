using System.Globalization;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Core.Data;
using Integra.Core.Email;
using Integra.Core.Localization;
using Integra.Core.Settings;
using Integra.People.Services;
using Integra.Templates.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Integra.Applications.Services;

/// <summary>
/// Sends the engine's e-mails: the message's template in the application's culture, filled with what the
/// applicant needs (name, reference, call, status, reason, deadline, a link to the application), through the
/// host's mail service.
/// </summary>
public sealed class ApplicationMailer(
    ApplicationsDbContext db,
    CallSetups setups,
    MessageTemplates templates,
    EmailSender sender,
    UserManager<IntegraUser> users,
    IPersonRegistry people,
    SiteSettingsService settings,
    PublicOrigin origin,
    TimeProvider clock,
    IStringLocalizer<ApplicationMailer> t,
    ILogger<ApplicationMailer> logger) : IApplicationMailer
{
    /// <summary>The same setting account e-mails use for their links.</summary>
    public const string PublicOriginSetting = PublicOrigin.Setting;

    public async Task<bool> SendAsync(string messageKey, Application application, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        if (!MessageTemplatesDefaults.IsKnown(messageKey))
        {
            throw new ArgumentException($"There is no message '{messageKey}'.", nameof(messageKey));
        }

        var recipient = await RecipientAsync(application, cancellationToken);
        if (recipient is null)
        {
            logger.LogInformation("Message {Message} for application {Application} not sent: the applicant has no e-mail address", messageKey, application.Id);
            return false;
        }

        var culture = Cultures.Normalize(application.Culture) ?? Cultures.Default;
        var model = await ValuesAsync(application, recipient.Value.Name, culture, cancellationToken);
        foreach (var (key, value) in values)
        {
            model[key] = value;
        }

        var source = await templates.SourceAsync(messageKey, culture, cancellationToken);
        RenderedMessage message;
        try
        {
            message = await templates.RenderAsync(source, model, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && source.Origin != MessageTemplateOrigin.Default)
        {
            // Staff's template fails at render time (e.g. a filter given the wrong value): the applicant still hears from us.
            logger.LogError(e, "The edited e-mail {Message} ({Culture}) failed to render; the default text was sent", messageKey, culture);
            message = await templates.RenderAsync(MessageTemplates.Default(messageKey, culture), model, cancellationToken);
        }

        var html = $"<!DOCTYPE html>\n<html lang=\"{culture}\"><head><meta charset=\"utf-8\"><title></title></head><body>\n{message.Html}\n</body></html>";
        await sender.SendAsync(new EmailMessage(recipient.Value.Email, message.Subject, html, message.Text), cancellationToken);
        return true;
    }

    /// <summary>Values for the preview in the admin: what a real message would hold, made up.</summary>
    public async Task<Dictionary<string, object?>> SampleValuesAsync(string culture, CancellationToken cancellationToken)
    {
        using var _ = UiCulture.Use(culture);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["applicant_name"] = culture.StartsWith("sr", StringComparison.Ordinal) ? "Marija Petrović" : "Arta Krasniqi",
            ["reference"] = "C2-2-0007",
            ["call_title"] = t["Call for business grants – second call (component 2)"].Value,
            ["status"] = t[StatusText.Of(ApplicationStatus.Eligible)].Value,
            ["reason"] = t["The application meets every condition of the call."].Value,
            ["deadline"] = FormatLocal(clock.GetUtcNow().UtcDateTime.Date.AddDays(10).AddHours(15), culture),
            ["link"] = $"{origin.Get()}/{culture}/applications/7",
            ["appeal_days"] = 8,
            ["score"] = 72.5m.ToString("0.##", Cultures.Info(culture)),
            ["rank"] = 3,
            ["appeal_deadline"] = FormatLocal(clock.GetUtcNow().UtcDateTime.Date.AddDays(8).AddHours(15), culture),
            ["site_name"] = (await settings.GetAsync(cancellationToken)).SiteName,
        };
    }

    /// <summary>A UTC instant as people in Kosovo read it: Belgrade time, written the culture's way.</summary>
    public static string FormatLocal(DateTime utc, string culture)
    {
        var info = Cultures.Info(Cultures.Normalize(culture) ?? Cultures.Default);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), LiquidEngine.Zone);
        return local.ToString("D", info) + ", " + local.ToString("HH:mm", info);
    }

    private async Task<Dictionary<string, object?>> ValuesAsync(Application application, string? name, string culture, CancellationToken cancellationToken)
    {
        var setup = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == application.CallSetupId, cancellationToken);
        var call = await setups.CallItemAsync(setup, culture, cancellationToken);
        var window = await setups.WindowAsync(setup, cancellationToken);
        using var _ = UiCulture.Use(culture);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["applicant_name"] = name ?? await NameFromAnswersAsync(application, setup, cancellationToken) ?? string.Empty,
            ["reference"] = application.Reference ?? string.Empty,
            ["call_title"] = call?.DisplayText ?? string.Empty,
            ["status"] = t[StatusText.Of(application.Status)].Value,
            ["reason"] = application.DecisionReason ?? string.Empty,
            ["deadline"] = window.ClosesUtc is { } closes ? FormatLocal(closes, culture) : string.Empty,
            ["link"] = $"{origin.Get()}/{culture}/applications/{application.Id.ToString(CultureInfo.InvariantCulture)}",
            ["appeal_days"] = setup.AppealDays,
            ["site_name"] = (await settings.GetAsync(cancellationToken)).SiteName,
        };
    }

    /// <summary>The applicant's account address; for an applicant without an account, the registry's.</summary>
    private async Task<(string Email, string? Name)?> RecipientAsync(Application application, CancellationToken cancellationToken)
    {
        var person = application.PersonId is { } personId ? await people.ResolveAsync(personId, cancellationToken) : null;
        var personName = person is null ? null : $"{person.FirstName} {person.LastName}".Trim();
        if (application.ApplicantUserId is { } userId && await users.FindByIdAsync(userId) is { Email: { Length: > 0 } email } user)
        {
            return (email, string.IsNullOrEmpty(personName) ? user.DisplayName : personName);
        }

        return person?.Email is { Length: > 0 } registered ? (registered, personName) : null;
    }

    private async Task<string?> NameFromAnswersAsync(Application application, CallSetup setup, CancellationToken cancellationToken)
    {
        var form = await db.FormVersions.AsNoTracking().FirstOrDefaultAsync(f => f.Id == application.FormVersionId, cancellationToken);
        if (form is null)
        {
            return null;
        }

        var answers = new ApplicationAnswers(application.AnswersJson, setups.Schema(setup, form));
        var name = $"{answers.Text(PersonField.FirstName)} {answers.Text(PersonField.LastName)}".Trim();
        return name.Length > 0 ? name : null;
    }
}
