using System.Text.Encodings.Web;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Core.Data;
using Integra.Core.Email;
using Integra.Core.Localization;
using Integra.People.Services;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Integra.StartUps.Services;

/// <summary>Tells the beneficiary, in their own language, of the moves that change what they do next.</summary>
public sealed class BeneficiaryMailer(
    IPersonRegistry people,
    ApplicationsDbContext applications,
    UserManager<IntegraUser> users,
    EmailSender sender,
    PublicOrigin origin,
    IStringLocalizer<BeneficiaryMailer> T,
    ILogger<BeneficiaryMailer> logger) : IBeneficiaryTransitionHandler
{
    public async Task OnTransitionedAsync(Beneficiary beneficiary, BeneficiaryEvent change, CancellationToken cancellationToken)
    {
        if (change.Trigger is not (BeneficiaryTrigger.SelectForTraining or BeneficiaryTrigger.CompleteTraining or BeneficiaryTrigger.Award or BeneficiaryTrigger.DeclineAward))
        {
            return;
        }

        var person = await people.ResolveAsync(beneficiary.PersonId, cancellationToken);
        var to = person?.Email ?? await AccountEmailAsync(beneficiary, cancellationToken);
        if (to is null)
        {
            logger.LogInformation("Beneficiary {Beneficiary} was not told of {Trigger}: no e-mail address", beneficiary.Id, change.Trigger);
            return;
        }

        var name = string.Join(' ', new[] { person?.FirstName, person?.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        string subject, body;
        (string Text, string Url)? action = null;
        var culture = Cultures.Normalize(beneficiary.Culture) ?? Cultures.Default;
        using (UiCulture.Use(culture))
        {
            (subject, body) = change.Trigger switch
            {
                BeneficiaryTrigger.SelectForTraining => (
                    T["You have been selected for the business training"].Value,
                    T["Dear {0}, your application {1} has been selected for the training in business planning and management. We will tell you the dates of your sessions.", name, beneficiary.Reference ?? string.Empty].Value),
                BeneficiaryTrigger.CompleteTraining => (
                    T["You have completed the business training"].Value,
                    T["Dear {0}, you have completed the training in business planning and management. You may now submit your business plan.", name].Value),
                BeneficiaryTrigger.Award => (
                    T["Your business has been awarded an equipment grant"].Value,
                    T["Dear {0}, your business plan has been awarded an equipment grant. {1}", name, change.Reason ?? string.Empty].Value),
                _ => (
                    T["Your business plan has not been awarded a grant"].Value,
                    T["Dear {0}, your business plan has not been awarded a grant this time. {1}", name, change.Reason ?? string.Empty].Value),
            };
            if (change.Trigger == BeneficiaryTrigger.CompleteTraining)
            {
                action = (T["Download your training certificate"].Value, origin.Get() + CertificateLinks.Url(culture));
            }
        }

        var html = $"<p>{HtmlEncoder.Default.Encode(body)}</p>";
        var text = body;
        if (action is var (actionText, url))
        {
            html += $"\n<p><a href=\"{HtmlEncoder.Default.Encode(url)}\">{HtmlEncoder.Default.Encode(actionText)}</a></p>";
            text += $"\n\n{actionText}:\n{url}";
        }

        await sender.SendAsync(new EmailMessage(to, subject, html, text), cancellationToken);
    }

    private async Task<string?> AccountEmailAsync(Beneficiary beneficiary, CancellationToken cancellationToken)
    {
        var userId = await applications.Applications.AsNoTracking().Where(a => a.Id == beneficiary.ApplicationId).Select(a => a.ApplicantUserId).FirstOrDefaultAsync(cancellationToken);
        return userId is null ? null : (await users.FindByIdAsync(userId))?.Email;
    }
}
