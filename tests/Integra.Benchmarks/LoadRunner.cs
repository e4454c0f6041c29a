using System.Diagnostics;

namespace Integra.Benchmarks;

/// <summary>
/// How much load one run applies: a warm-up, then more warm-up until the server has finished recompiling (for at
/// most <paramref name="SettleLimit"/>), then the measured requests; the warm-up and the measured run are each
/// bounded by <paramref name="MaxDuration"/>.
/// </summary>
internal sealed record LoadSettings(int Warmup, int Requests, TimeSpan MaxDuration, TimeSpan SettleLimit);

/// <summary>The outcome of one scenario at one concurrency level. Latencies in milliseconds; null when nothing completed.</summary>
internal sealed record RunResult(
    string Scenario,
    string Path,
    int Concurrency,
    int Requested,
    int Completed,
    int Failed,
    string? FirstFailure,
    double Seconds,
    double RequestsPerSecond,
    double? P50Ms,
    double? P99Ms,
    double ServerCpuSeconds,
    int WarmupCompleted,
    double? RecompilingShare)
{
    public bool StoppedByTimeLimit => Completed < Requested;

    /// <summary>Server CPU time per completed request, in microseconds; null when nothing completed.</summary>
    public double? ServerCpuMicrosecondsPerRequest => Completed > 0 ? ServerCpuSeconds * 1e6 / Completed : null;

    /// <summary>
    /// Completed requests per second of server CPU: what one core would serve if it did nothing else. The load
    /// generator shares the machine, so this, not req/s, is the figure to hold against a per-core aim.
    /// </summary>
    public double? RequestsPerServerCoreSecond => ServerCpuSeconds > 0 ? Completed / ServerCpuSeconds : null;
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers, each on its own connection, send the next request as soon as the
/// previous answer has been read to the end. Every latency goes into a preallocated array, so percentiles are exact.
/// </summary>
internal static class LoadRunner
{
    private const int SettleBatch = 2000;

    /// <summary>Settled: recompiling took under 2 % of the server's CPU in the last batch.</summary>
    private const double SettledShare = 0.02;

    public static async Task<RunResult> RunAsync(
        Uri baseAddress, Func<CpuSample> serverCpu, Scenario scenario, int concurrency, LoadSettings settings, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var target = new Uri(baseAddress, scenario.Path);
        var separator = scenario.Path.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        // A query parameter the page ignores but the output cache keys on: every request is a miss and is rendered.
        Func<int, Uri> targetOf = scenario.Uncached
            ? i => new Uri(baseAddress, $"{scenario.Path}{separator}{Scenario.CacheBuster}={Guid.NewGuid():N}")
            : _ => target;

        // The warm-up also opens the connections, so the measured requests pay for no handshakes.
        var warmup = await DriveAsync(client, targetOf, concurrency, settings.Warmup, settings.MaxDuration, cancellationToken);
        var warmupCompleted = warmup.Completed;
        warmupCompleted += await SettleAsync(client, targetOf, serverCpu, concurrency, settings.SettleLimit, cancellationToken);

        var before = serverCpu();
        var batch = await DriveAsync(client, targetOf, concurrency, settings.Requests, settings.MaxDuration, cancellationToken);
        var after = serverCpu();
        var cpu = after.Total - before.Total;

        var latencies = batch.Latencies.AsSpan(0, batch.Completed);
        latencies.Sort();
        var seconds = batch.Elapsed.TotalSeconds;
        return new RunResult(
            scenario.Name,
            scenario.Uncached ? $"{scenario.Path}{separator}{Scenario.CacheBuster}=<new each request>" : scenario.Path,
            concurrency,
            settings.Requests,
            batch.Completed,
            batch.Failed,
            batch.FirstFailure,
            seconds,
            seconds > 0 ? batch.Completed / seconds : 0,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            cpu.TotalSeconds,
            warmupCompleted,
            CpuSample.RecompilingShare(before, after));
    }

    /// <summary>
    /// The runtime compiles a method quickly first and recompiles it optimised once it is hot, on a background thread.
    /// A page touches thousands of methods, and on a busy machine that thread can take tens of seconds to catch up:
    /// until it has, a run measures the warm-up, not the server. So the load goes on, in batches, until recompiling
    /// takes under <see cref="SettledShare"/> of the server's CPU, or until <paramref name="limit"/>.
    /// </summary>
    private static async Task<int> SettleAsync(
        HttpClient client, Func<int, Uri> targetOf, Func<CpuSample> serverCpu, int concurrency, TimeSpan limit, CancellationToken cancellationToken)
    {
        var sent = 0;
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            var before = serverCpu();
            var batch = await DriveAsync(client, targetOf, concurrency, SettleBatch, limit - Stopwatch.GetElapsedTime(started), cancellationToken);
            sent += batch.Completed;
            if (CpuSample.RecompilingShare(before, serverCpu()) is not { } share || share < SettledShare)
            {
                break;
            }
        }

        return sent;
    }

    private static async Task<Batch> DriveAsync(
        HttpClient client, Func<int, Uri> targetOf, int concurrency, int count, TimeSpan maxDuration, CancellationToken cancellationToken)
    {
        var latencies = new long[count];
        var next = -1;
        var failed = 0;
        string? firstFailure = null;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(maxDuration.TotalSeconds * Stopwatch.Frequency);

        async Task Worker()
        {
            // The deadline is checked before an index is claimed, so the claimed indices are exactly 0..completed-1.
            int i;
            while (Stopwatch.GetTimestamp() < deadline && (i = Interlocked.Increment(ref next)) < count)
            {
                var sent = Stopwatch.GetTimestamp();
                string? failure = null;
                try
                {
                    using var response = await client.GetAsync(targetOf(i), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        failure = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                    }
                }
                catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
                {
                    failure = e.Message;
                }

                latencies[i] = Stopwatch.GetTimestamp() - sent;
                if (failure is not null)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, failure, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new Batch(latencies, Math.Min(next + 1, count), failed, firstFailure, elapsed);
    }

    /// <summary>Nearest-rank percentile of sorted Stopwatch ticks, in milliseconds.</summary>
    private static double? Percentile(ReadOnlySpan<long> sorted, double fraction)
    {
        if (sorted.IsEmpty)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1] * 1000.0 / Stopwatch.Frequency;
    }

    private sealed record Batch(long[] Latencies, int Completed, int Failed, string? FirstFailure, TimeSpan Elapsed);
}
