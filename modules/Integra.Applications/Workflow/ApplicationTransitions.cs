using System.Security.Claims;
using Integra.Applications.Data;
using Integra.Core.Audit;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Applications;

/// <summary>The outcome of a move: the application in its new status, or a localized reason it was refused and nothing changed.</summary>
public sealed record TransitionResult(Application? Application, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>Component modules and the engine's own parts react to moves (hand-over, e-mails) by contributing this.</summary>
public interface IApplicationTransitionHandler
{
    Task OnTransitionedAsync(Application application, ApplicationEvent change, CancellationToken cancellationToken);
}

/// <summary>
/// The only way an application's status changes. Checks that the move is legal from where the application stands
/// and that the user may make it; then records the move on the application's timeline and in the audit log.
/// </summary>
public sealed class ApplicationTransitions(
    ApplicationsDbContext db,
    PermissionService permissions,
    AuditLog audit,
    IHttpContextAccessor http,
    TimeProvider clock,
    FeatureState features,
    FeatureContributions contributions,
    IServiceProvider services,
    IStringLocalizer<ApplicationTransitions> T)
{
    /// <summary>
    /// Fires <paramref name="trigger"/> as the signed-in user (or as the system when there is no request, e.g. a job).
    /// <paramref name="save"/> false leaves the change in the unit of work for the caller to save with its own writes.
    /// </summary>
    public async Task<TransitionResult> FireAsync(long applicationId, ApplicationTrigger trigger, string? reason, CancellationToken cancellationToken, bool save = true)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return new(null, T["The application does not exist."]);
        }

        return await FireAsync(application, trigger, reason, cancellationToken, save);
    }

    public async Task<TransitionResult> FireAsync(Application application, ApplicationTrigger trigger, string? reason, CancellationToken cancellationToken, bool save = true)
    {
        var rule = ApplicationWorkflow.Rules[trigger];
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated == true && !await MayFireAsync(user, application, rule, cancellationToken))
        {
            return new(null, T["You are not allowed to do this with this application."]);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (rule.ReasonRequired && reason is null)
        {
            return new(null, T["Give a reason."]);
        }

        if (reason is { Length: > ApplicationLimits.Reason })
        {
            return new(null, T["The reason is too long: at most {0} characters.", ApplicationLimits.Reason]);
        }

        var from = application.Status;
        if (ApplicationWorkflow.Machine.Next(from, trigger) is not { } to)
        {
            return new(null, T["An application that is {0} cannot be moved this way ({1}).", T[StatusText.Of(from)], T[StatusText.Of(trigger)]]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var change = new ApplicationEvent
        {
            ApplicationId = application.Id,
            FromStatus = from,
            ToStatus = to,
            Trigger = trigger,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user?.Identity?.Name,
            Reason = reason,
            AtUtc = now,
        };
        application.Status = to;
        application.UpdatedUtc = now;
        application.Revision = Guid.NewGuid();
        if (trigger is not (ApplicationTrigger.Submit or ApplicationTrigger.Withdraw or ApplicationTrigger.Appeal or ApplicationTrigger.StartReview or ApplicationTrigger.CompleteScoring))
        {
            application.DecisionReason = reason;
            application.DecidedUtc = now;
        }

        db.ApplicationEvents.Add(change);
        if (save)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await audit.WriteAsync(ApplicationsModule.Id, $"application.{trigger}", application.Reference ?? $"#{application.Id}", $"{from} → {to}" + (reason is null ? "" : $": {reason}"), cancellationToken);
        foreach (var handler in contributions.Enabled<IApplicationTransitionHandler>(features, services))
        {
            await handler.OnTransitionedAsync(application, change, cancellationToken);
        }

        return new(application, null);
    }

    /// <summary>The moves the user could make now, for the buttons a screen shows.</summary>
    public async Task<IReadOnlyList<ApplicationTrigger>> AvailableAsync(ClaimsPrincipal user, Application application, CancellationToken cancellationToken)
    {
        var available = new List<ApplicationTrigger>();
        foreach (var trigger in ApplicationWorkflow.Machine.PermittedFrom(application.Status))
        {
            if (await MayFireAsync(user, application, ApplicationWorkflow.Rules[trigger], cancellationToken))
            {
                available.Add(trigger);
            }
        }

        return available;
    }

    private async Task<bool> MayFireAsync(ClaimsPrincipal user, Application application, TriggerRule rule, CancellationToken cancellationToken)
    {
        if (rule.Owner)
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var owns = application.ApplicantUserId is not null && application.ApplicantUserId == userId;
            // Staff entering an assisted application submit it on the person's behalf.
            return owns || (application.Assisted && await permissions.HasPermissionAsync(user, Permissions.EnterAssistedApplications, cancellationToken));
        }

        return rule.Permission is null || await permissions.HasPermissionAsync(user, rule.Permission, cancellationToken);
    }
}

public static class ApplicationLimits
{
    public const int Reason = 2000;
    public const int Reference = 32;
    public const int Culture = 16;
    public const int Code = 40;
    public const int Id = 64;
    public const int Name = 256;
}
