using System.Diagnostics;

namespace Integra.Testing.Kernel;

/// <summary>Waits, within a bound, for something that happens in the background (another node, a job).</summary>
public static class Poll
{
    /// <summary>Returns how long it took; throws when the condition still fails after <paramref name="timeout"/>.</summary>
    public static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        return watch.Elapsed;
    }
}
