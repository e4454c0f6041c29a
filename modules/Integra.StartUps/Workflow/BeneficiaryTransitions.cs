using System.Security.Claims;
using Integra.Core.Audit;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Security;
using Integra.StartUps.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps;

/// <summary>The outcome of a move: the beneficiary in their new status, or a localized reason it was refused and nothing changed.</summary>
public sealed record BeneficiaryTransitionResult(Beneficiary? Beneficiary, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// What happens after a move (e-mails, scheduling monitoring visits, counters): contributed by the module's parts
/// with <c>feature.Contribute&lt;IBeneficiaryTransitionHandler, T&gt;()</c>. Called after the move is saved.
/// </summary>
public interface IBeneficiaryTransitionHandler
{
    Task OnTransitionedAsync(Beneficiary beneficiary, BeneficiaryEvent change, CancellationToken cancellationToken);
}

/// <summary>
/// The only way a beneficiary's status changes. Checks that the move is legal from where the beneficiary stands
/// and that the user may make it; records the move on the beneficiary's timeline and in the audit log; then lets
/// the handlers react.
/// </summary>
public sealed class BeneficiaryTransitions(
    StartUpsDbContext db,
    PermissionService permissions,
    AuditLog audit,
    IHttpContextAccessor http,
    TimeProvider clock,
    FeatureState features,
    FeatureContributions contributions,
    IServiceProvider services,
    IStringLocalizer<BeneficiaryTransitions> T)
{
    public async Task<BeneficiaryTransitionResult> FireAsync(long beneficiaryId, BeneficiaryTrigger trigger, string? reason, CancellationToken cancellationToken)
    {
        var beneficiary = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        return beneficiary is null
            ? new(null, T["The beneficiary does not exist."])
            : await FireAsync(beneficiary, trigger, reason, cancellationToken);
    }

    /// <summary>
    /// Fires <paramref name="trigger"/> as the signed-in user (or as the system when there is no request, e.g. a job).
    /// <paramref name="followsFrom"/> true skips the permission check for a move that follows from a decision the user
    /// was already allowed to make elsewhere (the engine's hand-over, a plan submitted on the engine); the user is
    /// still recorded.
    /// </summary>
    public async Task<BeneficiaryTransitionResult> FireAsync(Beneficiary beneficiary, BeneficiaryTrigger trigger, string? reason, CancellationToken cancellationToken, bool followsFrom = false)
    {
        var rule = BeneficiaryWorkflow.Rules[trigger];
        var user = http.HttpContext?.User;
        if (!followsFrom && user?.Identity?.IsAuthenticated == true && !await permissions.HasPermissionAsync(user, rule.Permission, cancellationToken))
        {
            return new(null, T["You are not allowed to do this with this beneficiary."]);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (rule.ReasonRequired && reason is null)
        {
            return new(null, T["Give a reason."]);
        }

        if (reason is { Length: > StartUpsLimits.Reason })
        {
            return new(null, T["The reason is too long: at most {0} characters.", StartUpsLimits.Reason]);
        }

        var from = beneficiary.Status;
        if (BeneficiaryWorkflow.Machine.Next(from, trigger) is not { } to)
        {
            return new(null, T["A beneficiary who is {0} cannot be moved this way ({1}).", T[BeneficiaryStatusText.Of(from)], T[BeneficiaryStatusText.Of(trigger)]]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var change = new BeneficiaryEvent
        {
            BeneficiaryId = beneficiary.Id,
            FromStatus = from,
            ToStatus = to,
            Trigger = trigger,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user?.Identity?.Name,
            Reason = reason,
            AtUtc = now,
        };
        beneficiary.Status = to;
        beneficiary.UpdatedUtc = now;
        beneficiary.Revision = Guid.NewGuid();
        db.BeneficiaryEvents.Add(change);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(null, T["Someone else changed this beneficiary meanwhile. Reload the page and try again."]);
        }

        await audit.WriteAsync(StartUpsModule.Id, $"beneficiary.{trigger}", beneficiary.Reference ?? $"#{beneficiary.Id}", $"{from} → {to}" + (reason is null ? "" : $": {reason}"), cancellationToken);
        foreach (var handler in contributions.Enabled<IBeneficiaryTransitionHandler>(features, services))
        {
            await handler.OnTransitionedAsync(beneficiary, change, cancellationToken);
        }

        return new(beneficiary, null);
    }

    /// <summary>The moves the user could make now, for the buttons a screen shows.</summary>
    public async Task<IReadOnlyList<BeneficiaryTrigger>> AvailableAsync(ClaimsPrincipal user, Beneficiary beneficiary, CancellationToken cancellationToken)
    {
        var available = new List<BeneficiaryTrigger>();
        foreach (var trigger in BeneficiaryWorkflow.Machine.PermittedFrom(beneficiary.Status))
        {
            if (await permissions.HasPermissionAsync(user, BeneficiaryWorkflow.Rules[trigger].Permission, cancellationToken))
            {
                available.Add(trigger);
            }
        }

        return available;
    }
}
