using Integra.Cms.Models;
using Integra.Contents.Models;

namespace Integra.Cms.Services;

public enum CallPhase
{
    Upcoming,
    Open,
    Closed,
}

/// <summary>A call's phase, from its opening and closing times and the injected clock, never from a stored flag.</summary>
public sealed class CallStatus(TimeProvider clock)
{
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public CallPhase PhaseOf(ContentItem call)
    {
        var now = NowUtc;
        var opens = call.UtcDateTime(CmsContentTypes.Fields.OpensAt);
        var closes = call.UtcDateTime(CmsContentTypes.Fields.ClosesAt);
        if (closes is { } c && now >= c)
        {
            return CallPhase.Closed;
        }

        return opens is { } o && now < o ? CallPhase.Upcoming : CallPhase.Open;
    }

    /// <summary>Time until the call closes (open) or opens (upcoming); zero once closed.</summary>
    public TimeSpan TimeLeft(ContentItem call)
    {
        var target = PhaseOf(call) switch
        {
            CallPhase.Upcoming => call.UtcDateTime(CmsContentTypes.Fields.OpensAt),
            CallPhase.Open => call.UtcDateTime(CmsContentTypes.Fields.ClosesAt),
            _ => null,
        };
        return target is { } t && t > NowUtc ? t - NowUtc : TimeSpan.Zero;
    }
}
