using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Integra.Benchmarks;

/// <summary>
/// The real server, started as <c>dotnet Integra.Web.dll</c> in Production on a free loopback port, as a deployment
/// would run it. The start of its console output is kept to explain a failed start: a crash's exception comes
/// right after the few start-up lines, and a healthy server stays quiet under load.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int LogLines = 200;

    /// <summary>The thread's name as Linux keeps it, cut to 15 characters.</summary>
    private const string TieredCompilationThread = ".NET Tiered Com";

    private readonly Process _process;
    private readonly List<string> _log = [];

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public Uri BaseAddress { get; }

    /// <summary>From just before the process is created to the first 200 from <c>/health/ready</c>.</summary>
    public TimeSpan StartToFirstOk { get; private set; }

    /// <summary>Starts the server and waits until it is ready; throws <see cref="ServerStartException"/> if it is not.</summary>
    public static async Task<ServerProcess> StartAsync(
        string serverDll, string contentRoot, string appData, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = contentRoot,
        };
        foreach (var argument in new[] { serverDll, "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", contentRoot })
        {
            info.ArgumentList.Add(argument);
        }

        // Other Integra__* variables are inherited on purpose: that is how a run is pointed at PostgreSQL.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Integra__AppData"] = appData;
        info.Environment["Integra__Admin__Password"] = StrongPassword();

        var server = new ServerProcess(new Process { StartInfo = info }, baseAddress);
        var clock = Stopwatch.StartNew();
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(clock, timeout, cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>The most memory the process has held resident since it started, in bytes.</summary>
    public long PeakWorkingSet()
    {
        // VmHWM is the kernel's own high-water mark, so it catches peaks between samples.
        var status = $"/proc/{_process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), out var kilobytes))
            {
                return kilobytes * 1024;
            }
        }

        _process.Refresh();
        return _process.PeakWorkingSet64;
    }

    /// <summary>CPU time the server process has used so far (user and system, every thread), and that of its recompiling threads.</summary>
    public CpuSample CpuTime()
    {
        _process.Refresh();
        return new CpuSample(_process.TotalProcessorTime, _process.PrivilegedProcessorTime, TieredCompilationTicks());
    }

    /// <summary>
    /// CPU ticks of each of the runtime's background threads that recompile hot methods at the optimised tier, by
    /// thread id (Linux only: read from <c>/proc/&lt;pid&gt;/task/*/stat</c>; null elsewhere). While one is busy the
    /// server is still warming up. The runtime ends such a thread after a few idle seconds and starts a new one when
    /// work comes, hence by thread.
    /// </summary>
    private Dictionary<string, long>? TieredCompilationTicks()
    {
        var tasks = $"/proc/{_process.Id}/task";
        if (!Directory.Exists(tasks))
        {
            return null;
        }

        var ticks = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                // "<tid> (<comm>) <state> ..." with utime and stime the 12th and 13th fields after the comm.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).Contains(TieredCompilationThread, StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                ticks[Path.GetFileName(task)] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended between listing and reading.
            }
        }

        return ticks;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Stopwatch clock, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var ready = new Uri(BaseAddress, "/health/ready");
        HttpStatusCode? lastStatus = null;
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw Failure($"The server exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync(ready, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartToFirstOk = clock.Elapsed;
                    return;
                }

                lastStatus = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but busy starting up; ask again.
            }

            await Task.Delay(10, cancellationToken);
        }

        throw Failure($"The server did not answer 200 on /health/ready within {timeout.TotalSeconds:0} s"
            + (lastStatus is null ? "." : $" (last answer {(int)lastStatus})."));
    }

    private ServerStartException Failure(string message)
    {
        lock (_log)
        {
            return new ServerStartException(message, [.. _log]);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.Count < LogLines)
            {
                _log.Add(line);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The seed creates an administrator; a fresh random password keeps even a throwaway site without a known one.
    private static string StrongPassword() => $"Bench-{Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}-x9";
}

internal sealed class ServerStartException(string message, IReadOnlyList<string> serverOutput) : Exception(message)
{
    public IReadOnlyList<string> ServerOutput { get; } = serverOutput;
}

/// <summary>
/// The server's CPU time so far, the part of it spent in the kernel (sockets, files), and the CPU ticks of its
/// recompiling threads by thread id (null where not measurable).
/// </summary>
internal sealed record CpuSample(TimeSpan Total, TimeSpan Kernel, IReadOnlyDictionary<string, long>? TieredCompilationTicks)
{
    /// <summary>USER_HZ, the unit of /proc CPU times: 100 on every Linux the runtime supports.</summary>
    private const double ClockTicksPerSecond = 100;

    /// <summary>
    /// The share of the server's CPU between two samples that went into recompiling. A thread that ended meanwhile
    /// had been idle for seconds before it did, so leaving it out loses nothing.
    /// </summary>
    public static double? RecompilingShare(CpuSample before, CpuSample after)
    {
        var total = (after.Total - before.Total).TotalSeconds;
        if (before.TieredCompilationTicks is not { } start || after.TieredCompilationTicks is not { } end || total <= 0)
        {
            return null;
        }

        var ticks = end.Sum(thread => thread.Value - start.GetValueOrDefault(thread.Key));
        return Math.Clamp(ticks / ClockTicksPerSecond / total, 0, 1);
    }
}
