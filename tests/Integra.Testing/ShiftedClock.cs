namespace Integra.Testing;

/// <summary>
/// The system clock moved by an offset the test controls: time still passes as usual (timers, leases),
/// and a test can jump ahead to the moment something was scheduled for instead of sleeping until then.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
