using Integra.Applications.Data;

namespace Integra.Applications.Services;

/// <summary>
/// Confirms a withdrawal to the applicant by e-mail, whoever made it, so that a withdrawal the applicant did not
/// make does not go unnoticed.
/// </summary>
public sealed class WithdrawalNotice(IApplicationMailer mailer) : IApplicationTransitionHandler
{
    public async Task OnTransitionedAsync(Application application, ApplicationEvent change, CancellationToken cancellationToken)
    {
        if (change.Trigger == ApplicationTrigger.Withdraw)
        {
            await mailer.SendAsync(ApplicationMessages.Withdrawn, application, new Dictionary<string, object?>(), cancellationToken);
        }
    }
}
