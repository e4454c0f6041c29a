using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Integra.Applications.Data;
using Integra.Contents.Services;
using Integra.Core.Security;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Benchmarks;

/// <summary>
/// The deadline surge: N applicants, each signed in with a filled draft, all upload a 1 MB document and submit at
/// the same moment. The shared test host (in this process) creates the accounts, drafts and open pages directly;
/// then, by default, it stops and the real server (<c>dotnet Integra.Web.dll</c>, Production) takes over the same
/// database, so the load generator and the server do not share a process. The load goes over loopback HTTP.
/// Reports submissions/s over the whole surge, p50/p99 of the upload and of the submit, and checks that the
/// submissions stored equal the receipts given.
/// </summary>
internal static partial class SurgeBenchmark
{
    public const string Usage = """
        Deadline surge mode: dotnet run -c Release --project tests/Integra.Benchmarks -- --surge [options]
          --applicants <n>       applicants submitting at once (default 500, at most 1000)
          --provider <name>      Sqlite or Postgres (Postgres needs INTEGRA_TEST_POSTGRES, as the tests)
          --file-kb <n>          size of each applicant's document (default 1024)
          --out <folder>         where surge-<provider>.md goes (default artifacts/bench)
          --warmup <n>           more applicants who upload and submit first, unmeasured, in rounds until the server
                                 stops recompiling hot code (default 400; 0: a cold server, as right after a start)
          --in-process           keep the load on the preparing test host, in this process (the first figures' way)
        """;

    private const string Password = "Surge-Applicant-2026!";

    public static async Task<int> RunAsync(string[] args, string repoRoot, CancellationToken cancellationToken)
    {
        var applicants = Option(args, "--applicants", 500);
        var provider = Text(args, "--provider") ?? "Sqlite";
        var fileBytes = Option(args, "--file-kb", 1024) * 1024;
        var output = Path.GetFullPath(Text(args, "--out") ?? Path.Combine(repoRoot, "artifacts", "bench"));
        var inProcess = args.Contains("--in-process");
        var warmup = Option(args, "--warmup", 400);
        if (applicants is < 1 or > 1000 || warmup is < 0 or > 1000 || provider is not ("Sqlite" or "Postgres"))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        // Outside a test project there is no test manifest: the host finds its content root (views, assets) here.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INTEGRA_WEB", Path.Combine(repoRoot, "src", "Integra.Web"));
        await using var database = await TestDatabase.CreateAsync(provider);
        var app = new IntegraAppFactory(database, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Critical" });
        await using var stopApp = new Stopper(app);
        var address = app.ServerAddress;
        Console.Error.WriteLine($"Surge on {provider}: {applicants} applicants, {fileBytes / 1024} KB each, prepared on {address}");

        string callId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var call = await scope.ServiceProvider.GetRequiredService<IContentManager>().FindPublishedAsync("sq", "calls", "shembull-grante-biznesi-2", cancellationToken);
            callId = call!.ContentItemId;
        }

        var prepare = Stopwatch.StartNew();
        var people = new List<Surger>();
        using (var gate = new SemaphoreSlim(Environment.ProcessorCount * 2))
        {
            people.AddRange(await Task.WhenAll(Enumerable.Range(0, applicants + warmup).Select(async i =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    return await Surger.PrepareAsync(app, $"surge{i}@example.org", callId, cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            })));
        }

        await FillDraftsAsync(app, cancellationToken);
        using (var gate = new SemaphoreSlim(Environment.ProcessorCount * 2))
        {
            await Task.WhenAll(people.Select(async p =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    await p.LoadPagesAsync(cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        Console.Error.WriteLine($"Prepared {applicants} signed-in applicants with drafts in {prepare.Elapsed.TotalSeconds:0} s");
        var serverAppData = Directory.CreateTempSubdirectory("integra-surge-");
        ServerProcess? server = null;
        if (!inProcess)
        {
            // The applicants' cookies and form tokens stay valid: the data protection keys are in the database.
            await stopApp.DisposeAsync();
            Environment.SetEnvironmentVariable("Integra__Database__Provider", database.Provider);
            Environment.SetEnvironmentVariable("Integra__Database__ConnectionString", database.ConnectionString);
            Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
            var serverDll = Path.Combine(repoRoot, "src", "Integra.Web", "bin", "Release", "net10.0", "Integra.Web.dll");
            server = await ServerProcess.StartAsync(serverDll, Path.Combine(repoRoot, "src", "Integra.Web"), serverAppData.FullName, TimeSpan.FromMinutes(2), cancellationToken);
            address = server.BaseAddress;
            Console.Error.WriteLine($"The server process answers on {address}");
        }

        var document = Document(fileBytes);
        var warm = await WarmUpAsync(people[applicants..], address, document, server, cancellationToken);
        var surgers = people[..applicants];
        Console.Error.WriteLine($"The surge starts: {applicants} applicants at once");
        var cpuBefore = server?.CpuTime();
        var clientsBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var machineBefore = MachineBusy();
        var surge = Stopwatch.StartNew();
        var results = await Task.WhenAll(surgers.Select(p => p.SurgeAsync(address, document, cancellationToken)));
        surge.Stop();
        var machineCpu = MachineBusy() - machineBefore;
        var clientsCpu = Process.GetCurrentProcess().TotalProcessorTime - clientsBefore;
        var cpuAfter = server?.CpuTime();
        var serverCpu = cpuAfter is null || cpuBefore is null ? (TimeSpan?)null : cpuAfter.Total - cpuBefore.Total;
        var serverKernel = cpuAfter is null || cpuBefore is null ? TimeSpan.Zero : cpuAfter.Kernel - cpuBefore.Kernel;
        var recompiling = cpuAfter is null || cpuBefore is null ? null : CpuSample.RecompilingShare(cpuBefore, cpuAfter);
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        var stored = await CountSubmissionsAsync(database, surgers.Select(p => p.ApplicationId), cancellationToken);
        serverAppData.Delete(recursive: true);

        var receipts = results.Count(r => r.Receipt);
        var failed = results.Count(r => !r.Receipt);
        var uploads = results.Select(r => r.UploadMs).Order().ToArray();
        var submits = results.Select(r => r.SubmitMs).Order().ToArray();
        var totals = results.Select(r => r.UploadMs + r.SubmitMs).Order().ToArray();
        var perSecond = receipts / surge.Elapsed.TotalSeconds;
        var markdown = string.Create(CultureInfo.InvariantCulture, $"""
            ## Deadline surge, {(provider == "Postgres" ? "PostgreSQL" : "SQLite")}

            {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores · load average {LoadAverage()} · {applicants} applicants at once, {fileBytes / 1024} KB document each · {(inProcess ? "server in the harness's process" : "server process")} · {Warmed(warm)}

            | Measure | Value |
            |---|---|
            | Surge duration | {surge.Elapsed.TotalSeconds:0.00} s |
            | Submissions/s | {perSecond:0.0} |
            | Upload p50 / p99 | {Percentile(uploads, 0.5):0} ms / {Percentile(uploads, 0.99):0} ms |
            | Submit p50 / p99 | {Percentile(submits, 0.5):0} ms / {Percentile(submits, 0.99):0} ms |
            | Upload + submit p99 | {Percentile(totals, 0.99):0} ms |
            | Server CPU during the surge | {(serverCpu is { } cpu ? $"{cpu.TotalSeconds:0.00} s, {cpu.TotalMilliseconds / applicants:0.0} ms per applicant ({serverKernel.TotalMilliseconds / applicants:0.0} ms in the kernel), {Share(recompiling)} recompiling" : "not measured (in process)")} |
            | Load generator CPU during the surge | {clientsCpu.TotalSeconds:0.00} s, {clientsCpu.TotalMilliseconds / applicants:0.0} ms per applicant |
            | Machine CPU busy during the surge | {machineCpu.TotalSeconds:0.00} s of {surge.Elapsed.TotalSeconds * Environment.ProcessorCount:0.00} s ({machineCpu.TotalSeconds / (surge.Elapsed.TotalSeconds * Environment.ProcessorCount):0 %}): server, load generator{(provider == "Postgres" ? ", PostgreSQL" : string.Empty)} and anything else running |
            | Shortest surge these cores allow | {machineCpu.TotalSeconds / Environment.ProcessorCount:0.00} s (the machine's busy CPU ÷ {Environment.ProcessorCount} cores) |
            | Receipts given | {receipts} |
            | Submissions stored | {stored} |
            | Failed | {failed}{(results.FirstOrDefault(r => r.Failure is not null)?.Failure is { } first ? $" (first: {first})" : string.Empty)} |

            """);
        Console.WriteLine(markdown);
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, $"surge-{provider.ToLowerInvariant()}.md"), markdown, cancellationToken);
        return failed == 0 && stored == receipts ? 0 : 1;
    }

    private sealed record WarmUp(int Applicants, double? RecompilingShare);

    private const int WarmUpRound = 50;

    /// <summary>At least this many warm-up applicants before the server may count as settled.</summary>
    private const int MinWarmUp = 200;

    /// <summary>Settled: recompiling took under 2 % of the server's CPU in the last round, as in the page benchmarks.</summary>
    private const double SettledShare = 0.02;

    /// <summary>
    /// A server at a deadline has run for weeks: its hot code is compiled at the optimised tier. Rounds of warm-up
    /// applicants, eight at a time, upload and submit until, after at least <see cref="MinWarmUp"/>, recompiling takes
    /// under 2 % of the server's CPU, or until they run out. In process there is no server to sample, so all of them go.
    /// </summary>
    private static async Task<WarmUp> WarmUpAsync(List<Surger> warm, Uri address, byte[] document, ServerProcess? server, CancellationToken cancellationToken)
    {
        var used = 0;
        double? share = null;
        using var gate = new SemaphoreSlim(8);
        while (used < warm.Count)
        {
            var round = warm.Skip(used).Take(WarmUpRound).ToList();
            used += round.Count;
            var before = server?.CpuTime();
            var outcomes = await Task.WhenAll(round.Select(async p =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    return await p.SurgeAsync(address, document, cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }));
            if (outcomes.FirstOrDefault(o => o.Failure is not null) is { } failed)
            {
                throw new InvalidOperationException($"Warm-up applicant failed: {failed.Failure}");
            }

            share = before is null ? null : CpuSample.RecompilingShare(before, server!.CpuTime());
            Console.Error.WriteLine($"Warm-up: {used} applicants, recompiling {Share(share)} of the server's CPU in the last round");
            // The first rounds can read 0 %: the recompiling thread starts only once methods have been called enough.
            if (used >= MinWarmUp && share < SettledShare)
            {
                break;
            }
        }

        return new WarmUp(used, share);
    }

    private static string Warmed(WarmUp warm) => warm.Applicants == 0
        ? "cold server (no warm-up)"
        : $"warmed by {warm.Applicants} applicants (recompiling {Share(warm.RecompilingShare)} in the last round)";

    private static string Share(double? share) => share is { } s ? $"{s:0.0 %}" : "unknown";

    /// <summary>Straight from the database: the server that stored them may be gone.</summary>
    private static async Task<int> CountSubmissionsAsync(TestDatabase database, IEnumerable<long> applicationIds, CancellationToken cancellationToken)
    {
        await using System.Data.Common.DbConnection connection = database.Provider == "Postgres"
            ? new Npgsql.NpgsqlConnection(database.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM app_submissions WHERE \"ApplicationId\" IN ({string.Join(",", applicationIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))})";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages: on a shared machine the figures mean little without them.</summary>
    /// <summary>
    /// CPU time every process on the machine has spent so far (the first line of /proc/stat: user, nice, system, irq,
    /// softirq and steal, in USER_HZ ticks); zero where there is no /proc.
    /// </summary>
    private static TimeSpan MachineBusy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return TimeSpan.Zero;
        }

        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7];
        return TimeSpan.FromSeconds(busy / 100.0);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Stops the preparing host once, whether the run hands over to the server process or not.</summary>
    private sealed class Stopper(IntegraAppFactory app) : IAsyncDisposable
    {
        private bool _stopped;

        public async ValueTask DisposeAsync()
        {
            if (!_stopped)
            {
                _stopped = true;
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>Every draft answered in full but for the document, which the surge uploads.</summary>
    private static async Task FillDraftsAsync(IntegraAppFactory app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        foreach (var application in await db.Applications.ToListAsync(cancellationToken))
        {
            // Distinct people, as at a real deadline: the same name, birth date and municipality would flag every
            // applicant as a duplicate of every other, which measures the duplicate flags instead of the submission.
            var number = (1_000_000_000 + application.Id).ToString(CultureInfo.InvariantCulture);
            var first = FirstNames[(int)(application.Id % FirstNames.Length)];
            var last = LastNames[(int)(application.Id / FirstNames.Length % LastNames.Length)] + (application.Id / (FirstNames.Length * LastNames.Length) is var n and > 0 ? $"-{n}" : "");
            var born = new DateOnly(1966, 1, 1).AddDays((int)(application.Id * 7 % 11_600)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var municipality = Municipalities[(int)(application.Id % Municipalities.Length)];
            application.AnswersJson = $$"""{"first-name":"{{first}}","last-name":"{{last}}","personal-number":"{{number}}","birth-date":"{{born}}","sex":"F","municipality":"{{municipality}}","phone":"+38344111222","return-status":"returnee","plan":"Një punëtori e vogël qepjeje në fshat, me dy makina."}""";
            application.Revision = Guid.NewGuid();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] FirstNames = ["Arta", "Besa", "Drita", "Fatime", "Hana", "Jehona", "Lirie", "Mimoza", "Nora", "Shqipe", "Teuta", "Vlora"];

    private static readonly string[] LastNames = ["Berisha", "Gashi", "Hoxha", "Krasniqi", "Kryeziu", "Morina", "Shala", "Thaçi", "Zeqiri"];

    private static readonly string[] Municipalities = ["drenas", "malisheva", "lipjan", "klina", "rahovec"];

    private static byte[] Document(int size)
    {
        var bytes = new byte[size];
        new Random(20260501).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Option(string[] args, string name, int fallback) =>
        Text(args, name) is { } value && int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static string? Text(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private sealed record Outcome(bool Receipt, double UploadMs, double SubmitMs, string? Failure);

    /// <summary>One applicant: a signed-in client with the pages of the last moment already open.</summary>
    private sealed partial class Surger(HttpClient client, long applicationId)
    {
        private string _stepToken = "";
        private string _revision = "";
        private string _reviewToken = "";
        private string _key = "";

        public long ApplicationId => applicationId;

        private string Base => $"/sq/applications/{applicationId}";

        public static async Task<Surger> PrepareAsync(IntegraAppFactory app, string email, string callId, CancellationToken cancellationToken)
        {
            await app.CreateUserAsync(email, Password, Roles.Applicant);
            var client = await app.CreateSignedInClientAsync(email);
            client.Timeout = TimeSpan.FromMinutes(5);
            using var started = await client.GetAsync($"/sq/applications/new?call={callId}", cancellationToken);
            var id = long.Parse(ApplicationPath().Match(started.Headers.Location!.OriginalString).Groups["id"].Value, CultureInfo.InvariantCulture);
            return new Surger(client, id);
        }

        public async Task LoadPagesAsync(CancellationToken cancellationToken)
        {
            var step = await client.GetStringAsync($"{Base}/steps/documents", cancellationToken);
            _stepToken = HtmlForms.AntiforgeryToken(step);
            _revision = RevisionInput().Match(step).Groups["value"].Value;
            var review = await client.GetStringAsync($"{Base}/review", cancellationToken);
            _reviewToken = HtmlForms.AntiforgeryToken(review);
            _key = KeyInput().Match(review).Groups["key"].Value;
        }

        public async Task<Outcome> SurgeAsync(Uri server, byte[] document, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var form = new MultipartFormDataContent
                {
                    { new StringContent(_stepToken), HtmlForms.TokenField },
                    { new StringContent(_revision), "revision" },
                    { new StringContent("next"), "go" },
                };
                var file = new ByteArrayContent(document);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(file, "a.id-card", "leternjoftimi.pdf");
                using var upload = await client.PostAsync(new Uri(server, $"{Base}/steps/documents"), form, cancellationToken);
                var uploadMs = clock.Elapsed.TotalMilliseconds;
                if (upload.StatusCode != HttpStatusCode.Redirect)
                {
                    return new(false, uploadMs, 0, $"upload answered {(int)upload.StatusCode}");
                }

                clock.Restart();
                using var submit = await client.PostFormAsync(new Uri(server, $"{Base}/review").ToString(), _reviewToken, [("key", _key), ("consent", "yes")], cancellationToken);
                var submitMs = clock.Elapsed.TotalMilliseconds;
                var receipt = submit.StatusCode == HttpStatusCode.Redirect && submit.Headers.Location?.OriginalString.Contains("/receipt", StringComparison.Ordinal) == true;
                return new(receipt, uploadMs, submitMs, receipt ? null : $"submit answered {(int)submit.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return new(false, clock.Elapsed.TotalMilliseconds, 0, e.GetType().Name + ": " + e.Message);
            }
        }

        [GeneratedRegex(@"/applications/(?<id>\d+)")]
        private static partial Regex ApplicationPath();

        [GeneratedRegex("name=\"key\" value=\"(?<key>[^\"]+)\"")]
        private static partial Regex KeyInput();

        [GeneratedRegex("name=\"revision\" value=\"(?<value>[^\"]+)\"")]
        private static partial Regex RevisionInput();
    }
}
