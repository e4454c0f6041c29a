using System.Globalization;
using System.Runtime.InteropServices;
using Integra.Benchmarks;

// Usage: dotnet run -c Release --project tests/Integra.Benchmarks -- [options]; see README.md.
if (args is ["--search", .. var searchArgs])
{
    return await SearchBenchmark.RunAsync(searchArgs, CancellationToken.None);
}

if (args is ["--surge", .. var surgeArgs])
{
    return await SurgeBenchmark.RunAsync(surgeArgs, FindRepoRoot(), CancellationToken.None);
}

if (!BenchOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

#if DEBUG
Console.Error.WriteLine("Warning: the harness itself is a Debug build; run it with -c Release for figures worth comparing.");
#endif

// Ctrl+C or a stop request unwinds through the finally blocks, so the server never outlives the harness.
using var cancellation = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
var cancellationToken = cancellation.Token;

var repoRoot = FindRepoRoot();
var serverDll = Path.GetFullPath(options.Server ?? Path.Combine(repoRoot, "src", "Integra.Web", "bin", "Release", "net10.0", "Integra.Web.dll"));
if (!File.Exists(serverDll))
{
    Console.Error.WriteLine($"The server is not built: {serverDll} is missing. Run `dotnet build src/Integra.Web -c Release` or pass --server.");
    return 2;
}

// A build's output resolves _content/ through its static web assets manifest, with the project as content root,
// as `dotnet run` does; a published folder carries wwwroot itself and is its own content root.
var contentRoot = options.Server is null ? Path.Combine(repoRoot, "src", "Integra.Web") : Path.GetDirectoryName(serverDll)!;
var outputFolder = Path.GetFullPath(options.Output ?? Path.Combine(repoRoot, "artifacts", "bench"));
var appData = Directory.CreateTempSubdirectory("integra-bench-");
try
{
    var startedUtc = DateTime.UtcNow;
    Console.Error.WriteLine($"Server: {serverDll}");

    // The first start creates the database; the second is what a restarted deployment costs, and serves the load.
    TimeSpan firstStart;
    await using (var first = await ServerProcess.StartAsync(serverDll, contentRoot, appData.FullName, options.StartTimeout, cancellationToken))
    {
        firstStart = first.StartToFirstOk;
    }

    Console.Error.WriteLine($"First start to first 200: {firstStart.TotalMilliseconds:0} ms");
    await using var server = await ServerProcess.StartAsync(serverDll, contentRoot, appData.FullName, options.StartTimeout, cancellationToken);
    Console.Error.WriteLine($"Restart to first 200: {server.StartToFirstOk.TotalMilliseconds:0} ms, listening on {server.BaseAddress}");

    var settings = new LoadSettings(options.Warmup, options.Requests, options.MaxDuration, options.SettleLimit);
    var runs = new List<RunResult>();

    // Scenarios are interleaved per concurrency level, so a ratio compares runs made moments apart.
    foreach (var concurrency in options.Concurrency)
    {
        foreach (var scenario in Scenarios.All.Where(options.Selects))
        {
            var run = await LoadRunner.RunAsync(server.BaseAddress, server.CpuTime, scenario, concurrency, settings, cancellationToken);
            runs.Add(run);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name} x{concurrency}: {run.Completed} requests, {run.Failed} failed, {run.RequestsPerSecond:0} req/s, p50 {run.P50Ms:0.00} ms, p99 {run.P99Ms:0.00} ms, server CPU {run.ServerCpuMicrosecondsPerRequest:0} µs/request, after {run.WarmupCompleted} warm-up requests, recompiling {run.RecompilingShare:P1}"));
        }
    }

    var report = new BenchReport(
        startedUtc,
        $"{RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} cores",
        RuntimeInformation.FrameworkDescription,
        DatabaseName(Environment.GetEnvironmentVariable("Integra__Database__Provider")),
        options.Warmup,
        options.Requests,
        options.MaxDuration.TotalSeconds,
        options.SettleLimit.TotalSeconds,
        firstStart.TotalMilliseconds,
        server.StartToFirstOk.TotalMilliseconds,
        server.PeakWorkingSet() / (1024.0 * 1024.0),
        runs,
        Report.Ratios(runs, Scenarios.Static));
    var markdown = Report.Markdown(report, Scenarios.Static);
    Console.WriteLine(markdown);
    await Report.WriteAsync(report, markdown, outputFolder, cancellationToken);
    Console.Error.WriteLine($"Written to {Path.Combine(outputFolder, "results.md")} and results.json");

    if (report.Failed > 0)
    {
        Console.Error.WriteLine($"{report.Failed} requests failed or answered non-2xx.");
        return 1;
    }

    return 0;
}
catch (ServerStartException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("The server's output:");
    foreach (var line in e.ServerOutput)
    {
        Console.Error.WriteLine("  " + line);
    }

    return 1;
}
catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
finally
{
    appData.Delete(recursive: true);
}

// The kernel's rule (DatabaseOptions.IsPostgres): anything else is SQLite.
static string DatabaseName(string? provider) =>
    provider?.ToUpperInvariant() is "POSTGRES" or "POSTGRESQL" ? "PostgreSQL" : "SQLite";

static string FindRepoRoot()
{
    foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Integra.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new InvalidOperationException("Integra.sln not found above the harness or the current directory.");
}

/// <summary>The harness's command line.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Options:
          --requests <n>         measured requests per scenario and concurrency level (default 2000)
          --warmup <n>           warm-up requests before each measured run (default 2000)
          --settle-seconds <s>   then warm up until the server stops recompiling hot code, at most this long (default 180; 0: do not)
          --concurrency <list>   comma-separated concurrency levels (default 1,8,32)
          --max-seconds <s>      time limit per warm-up and per measured run (default 60)
          --start-timeout <s>    how long the server may take to answer /health/ready (default 120)
          --server <dll>         Integra.Web.dll to run (default src/Integra.Web/bin/Release/net10.0/Integra.Web.dll)
          --out <folder>         where results.md and results.json go (default artifacts/bench)
          --only <name>          run the scenarios whose names contain this, e.g. "home, uncached"; repeatable (default all)
        """;

    public int Requests { get; private init; } = 2000;
    /// <summary>
    /// Enough for tiered compilation to settle: with 200 the first scenario measured its page on tier-0 code
    /// (the cached home page read 0.46× the static file after 500 warm-up requests, 1.15× after 4000).
    /// </summary>
    public int Warmup { get; private init; } = 2000;
    public IReadOnlyList<int> Concurrency { get; private init; } = [1, 8, 32];
    public TimeSpan MaxDuration { get; private init; } = TimeSpan.FromSeconds(60);
    public TimeSpan StartTimeout { get; private init; } = TimeSpan.FromSeconds(120);
    public string? Server { get; private init; }
    public string? Output { get; private init; }
    public IReadOnlyList<string> Only { get; private init; } = [];
    public bool Help { get; private init; }

    /// <summary>
    /// How long each warm-up may go on until the server has stopped recompiling (see <c>LoadRunner.SettleAsync</c>);
    /// zero measures right after the fixed warm-up. On 2 busy cores the first page scenario took over a minute.
    /// </summary>
    public TimeSpan SettleLimit { get; private init; } = TimeSpan.FromSeconds(180);

    public static bool TryParse(string[] args, out BenchOptions options, out string? error)
    {
        options = new BenchOptions();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                options = options with { Help = true };
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"Unknown option or missing value: {name}";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--requests" when Positive(value) is { } n:
                    options = options with { Requests = n };
                    break;
                case "--warmup" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0:
                    options = options with { Warmup = n };
                    break;
                case "--concurrency" when value.Split(',').Select(Positive).ToList() is var levels && levels.All(l => l is not null):
                    options = options with { Concurrency = levels.Select(l => l!.Value).Distinct().ToList() };
                    break;
                case "--max-seconds" when Positive(value) is { } s:
                    options = options with { MaxDuration = TimeSpan.FromSeconds(s) };
                    break;
                case "--settle-seconds" when int.TryParse(value, CultureInfo.InvariantCulture, out var s) && s >= 0:
                    options = options with { SettleLimit = TimeSpan.FromSeconds(s) };
                    break;
                case "--start-timeout" when Positive(value) is { } s:
                    options = options with { StartTimeout = TimeSpan.FromSeconds(s) };
                    break;
                case "--server":
                    options = options with { Server = value };
                    break;
                case "--out":
                    options = options with { Output = value };
                    break;
                case "--only":
                    options = options with { Only = [.. options.Only, value] };
                    break;
                default:
                    error = $"Unknown option or bad value: {name} {value}";
                    return false;
            }
        }

        return true;
    }

    /// <summary>Whether a run measures the scenario; a run without the static file reports no ratios.</summary>
    public bool Selects(Scenario scenario) =>
        Only.Count == 0 || Only.Any(part => scenario.Name.Contains(part, StringComparison.OrdinalIgnoreCase));

    private static int? Positive(string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
