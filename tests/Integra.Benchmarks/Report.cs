using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Integra.Benchmarks;

/// <summary>A scenario compared with the static file at the same concurrency: the figure tracked across changes.</summary>
internal sealed record Ratio(string Scenario, int Concurrency, double? RequestsPerSecond, double? P99);

/// <summary>Everything one run found, as written to <c>results.json</c>.</summary>
internal sealed record BenchReport(
    DateTime StartedUtc,
    string Machine,
    string Runtime,
    string Database,
    int Warmup,
    int Requests,
    double MaxSecondsPerRun,
    double SettleSeconds,
    double FirstStartMs,
    double RestartMs,
    double PeakWorkingSetMb,
    IReadOnlyList<RunResult> Runs,
    IReadOnlyList<Ratio> Ratios)
{
    public int Failed => Runs.Sum(r => r.Failed);
}

internal static class Report
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Each non-baseline scenario divided by the baseline at the same concurrency.</summary>
    public static IReadOnlyList<Ratio> Ratios(IReadOnlyList<RunResult> runs, Scenario baseline) =>
        runs.Where(r => r.Scenario != baseline.Name)
            .Select(r => (Run: r, Base: runs.FirstOrDefault(b => b.Scenario == baseline.Name && b.Concurrency == r.Concurrency)))
            .Where(p => p.Base is not null)
            .Select(p => new Ratio(
                p.Run.Scenario,
                p.Run.Concurrency,
                Divide(p.Run.RequestsPerSecond, p.Base!.RequestsPerSecond),
                Divide(p.Run.P99Ms, p.Base.P99Ms)))
            .ToList();

    public static string Markdown(BenchReport report, Scenario baseline)
    {
        var md = new StringBuilder();
        md.AppendLine("# Integra benchmark").AppendLine();
        md.Append(Invariant($"{report.StartedUtc:yyyy-MM-dd HH:mm} UTC · {report.Machine} · {report.Runtime} · {report.Database} · "))
            .Append(Invariant($"{report.Requests} requests per run after {report.Warmup} warm-up (at most {report.MaxSecondsPerRun:0} s each), then until recompiling settles (at most {report.SettleSeconds:0} s) · "))
            .AppendLine("server in Release, Production, 127.0.0.1").AppendLine();

        md.AppendLine("| Server | |").AppendLine("|---|--:|");
        md.AppendLine(Invariant($"| Start to first 200, new database (creates schema, seeds) | {report.FirstStartMs:0} ms |"));
        md.AppendLine(Invariant($"| Start to first 200, restart on that database | {report.RestartMs:0} ms |"));
        md.AppendLine(Invariant($"| Peak working set (under the load below) | {report.PeakWorkingSetMb:0.0} MB |")).AppendLine();

        md.AppendLine("| Scenario | Path | Concurrency | Requests | Non-2xx / failed | req/s | p50 ms | p99 ms | server CPU µs/request | req/s per server core | warm-up requests | recompiling % of server CPU |");
        md.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in report.Runs)
        {
            var requests = r.StoppedByTimeLimit ? Invariant($"{r.Completed} of {r.Requested} (time limit)") : Invariant($"{r.Completed}");
            md.AppendLine(Invariant($"| {r.Scenario} | `{r.Path}` | {r.Concurrency} | {requests} | {r.Failed} | {r.RequestsPerSecond:0} | {Ms(r.P50Ms)} | {Ms(r.P99Ms)} | {Whole(r.ServerCpuMicrosecondsPerRequest)} | {Whole(r.RequestsPerServerCoreSecond)} | {r.WarmupCompleted} | {Percent(r.RecompilingShare)} |"));
        }

        md.AppendLine().AppendLine("Server CPU is the server process's user and system time during the measured requests; req/s per server core is requests ÷ that time. The load generator shares the machine's cores, so req/s counts its work too, and the per-core figure does not. Recompiling is the runtime's background recompilation of hot methods (Linux): the warm-up goes on until it is under 2 % (or `--settle-seconds` have passed), so the measured requests show the warm server.");
        md.AppendLine().AppendLine($"Compared with the {baseline.Name} (`{baseline.Path}`) at the same concurrency:").AppendLine();
        md.AppendLine("| Scenario | Concurrency | req/s ÷ static req/s | p99 ÷ static p99 |");
        md.AppendLine("|---|--:|--:|--:|");
        foreach (var ratio in report.Ratios)
        {
            md.AppendLine(Invariant($"| {ratio.Scenario} | {ratio.Concurrency} | {Times(ratio.RequestsPerSecond)} | {Times(ratio.P99)} |"));
        }

        var failures = report.Runs.Where(r => r.Failed > 0).ToList();
        if (failures.Count > 0)
        {
            md.AppendLine().AppendLine("**Failed requests:**").AppendLine();
            foreach (var r in failures)
            {
                md.AppendLine(Invariant($"- {r.Scenario} at {r.Concurrency}: {r.Failed} failed, first: {r.FirstFailure}"));
            }
        }

        return md.ToString();
    }

    /// <summary>Writes <c>results.md</c> and <c>results.json</c> into <paramref name="folder"/>.</summary>
    public static async Task WriteAsync(BenchReport report, string markdown, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "results.md"), markdown, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(report, Json), cancellationToken);
    }

    private static double? Divide(double? value, double? by) => value is null || by is null or 0d ? null : value / by;

    private static string Ms(double? value) => value is null ? "–" : value.Value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Whole(double? value) => value is null ? "–" : value.Value.ToString("0", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value is null ? "–" : (value.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Times(double? value) => value is null ? "–" : value.Value.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
