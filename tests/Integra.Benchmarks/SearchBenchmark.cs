using System.Diagnostics;
using System.Globalization;
using System.Text;
using Integra.Core.Localization;
using Integra.Search.Indexing;
using Integra.Search.Services;

namespace Integra.Benchmarks;

/// <summary>
/// Search latency without a server: generated items are indexed in a temporary folder through the search module's
/// own index store, then <see cref="ISearchService.SearchAsync"/> is timed one query at a time. Deterministic text
/// (a fixed seed) so runs compare; syllables with each language's letters so the analyzers do their real work.
/// </summary>
internal static class SearchBenchmark
{
    public const string Usage = """
        Search latency mode: dotnet run -c Release --project tests/Integra.Benchmarks -- --search [options]
          --items <n>            generated items, spread over the 4 cultures (default 20000)
          --queries <n>          measured queries per culture (default 2000)
          --max-seconds <s>      time limit for the measured queries of each culture (default 60)
        """;

    private static readonly string[] Types = ["NewsArticle", "Call", "Event", "Page"];

    private static readonly Dictionary<string, string[]> Syllables = new()
    {
        [Cultures.Albanian] = ["shtë", "pi", "ka", "ri", "ço", "në", "bu", "ja", "gra", "të", "ko", "mu", "na", "li", "për", "dhe", "zë", "ra", "qe", "sa"],
        [Cultures.SerbianLatin] = ["ku", "ća", "po", "vra", "tni", "ci", "žu", "pa", "na", "še", "đa", "ko", "lo", "vi", "ča", "ra", "de", "mi", "sto", "ljub"],
        [Cultures.SerbianCyrillic] = ["ку", "ћа", "по", "вра", "тни", "ци", "жу", "па", "на", "ше", "ђа", "ко", "ло", "ви", "ча", "ра", "де", "ми", "сто", "љуб"],
        [Cultures.English] = ["re", "turn", "ee", "grant", "train", "ing", "wo", "men", "youth", "job", "far", "mer", "call", "ap", "ply", "mu", "ni", "ci", "pal", "ity"],
    };

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var items, out var queries, out var limit))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("integra-search-bench-");
        try
        {
            using var store = new SearchIndexStore(folder.FullName);
            var vocabulary = Cultures.All.ToDictionary(c => c, c => Vocabulary(c, 3000));
            var random = new Random(20260501);
            var build = Stopwatch.StartNew();
            for (var i = 0; i < items; i++)
            {
                var culture = Cultures.All[i % Cultures.All.Count];
                var words = vocabulary[culture];
                store.Upsert(new SearchDocument(
                    $"item-{i}", culture, Types[i % Types.Length], Sentence(words, random, 6), $"/{culture}/news/item-{i}",
                    Sentence(words, random, 120), DateTime.UnixEpoch.AddDays(20000 + i % 1000)));
            }

            store.Commit(items);
            build.Stop();
            Console.Error.WriteLine($"Indexed {items} items in {build.Elapsed.TotalSeconds:0.0} s");

            var search = new LuceneSearchService(store);
            var rows = new List<(string Culture, int Count, double P50, double P99, double Mean)>();
            foreach (var culture in Cultures.All)
            {
                var words = vocabulary[culture];
                var warmup = Math.Min(200, queries);
                for (var i = 0; i < warmup; i++)
                {
                    await search.SearchAsync(culture, Query(words, random), null, 1, 10, cancellationToken);
                }

                var latencies = new List<double>(queries);
                var run = Stopwatch.StartNew();
                for (var i = 0; i < queries && run.Elapsed.TotalSeconds < limit; i++)
                {
                    var query = Query(words, random);
                    var type = i % 5 == 0 ? Types[i % Types.Length] : null;
                    var started = Stopwatch.GetTimestamp();
                    await search.SearchAsync(culture, query, type, 1 + i % 3, 10, cancellationToken);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                latencies.Sort();
                rows.Add((culture, latencies.Count, Percentile(latencies, 50), Percentile(latencies, 99), latencies.Average()));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{culture}: {latencies.Count} queries, p50 {rows[^1].P50:0.00} ms, p99 {rows[^1].P99:0.00} ms"));
            }

            var report = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"## Search latency ({items} items over {Cultures.All.Count} cultures, index built in {build.Elapsed.TotalSeconds:0.0} s)")
                .AppendLine()
                .AppendLine("| culture | queries | p50 ms | p99 ms | mean ms |")
                .AppendLine("|---|---:|---:|---:|---:|");
            foreach (var row in rows)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"| {row.Culture} | {row.Count} | {row.P50:0.00} | {row.P99:0.00} | {row.Mean:0.00} |");
            }

            Console.WriteLine(report);
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One or two words, a fifth of them as a prefix; as people type into a search box.</summary>
    private static string Query(string[] words, Random random)
    {
        var first = words[Zipf(words.Length, random)];
        return random.Next(5) switch
        {
            0 => first + " " + words[Zipf(words.Length, random)],
            1 => first[..Math.Max(2, first.Length - 2)] + "*",
            _ => first,
        };
    }

    private static string Sentence(string[] words, Random random, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => words[Zipf(words.Length, random)]));

    /// <summary>Word frequencies of real text fall off roughly as 1/rank; squaring a uniform draw approximates that cheaply.</summary>
    private static int Zipf(int count, Random random)
    {
        var u = random.NextDouble();
        return (int)(u * u * count);
    }

    private static string[] Vocabulary(string culture, int size)
    {
        var syllables = Syllables[culture];
        var random = new Random(culture.GetHashCode(StringComparison.Ordinal) & 0x7fff);
        return Enumerable.Range(0, size)
            .Select(_ => string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => syllables[random.Next(syllables.Length)])))
            .ToArray();
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static bool TryParse(string[] args, out int items, out int queries, out int maxSeconds)
    {
        (items, queries, maxSeconds) = (20000, 2000, 60);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return false;
            }

            switch (args[i])
            {
                case "--items":
                    items = value;
                    break;
                case "--queries":
                    queries = value;
                    break;
                case "--max-seconds":
                    maxSeconds = value;
                    break;
                default:
                    return false;
            }
        }

        return args.Length % 2 == 0;
    }
}
