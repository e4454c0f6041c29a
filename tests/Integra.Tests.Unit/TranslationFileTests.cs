using System.Text.Json;
using System.Text.RegularExpressions;

namespace Integra.Tests.Unit;

/// <summary>
/// Every string a view shows goes through the localizer with its English text as key; the project that owns
/// the view ships that key in Albanian and Serbian (Latin), and its two files agree.
/// </summary>
public sealed partial class TranslationFileTests
{
    private static readonly string[] Languages = ["sq", "sr-Latn"];

    [Fact]
    public void Every_literal_key_in_a_view_is_translated_in_the_views_own_project()
    {
        var projects = Projects().ToList();
        Assert.NotEmpty(projects.SelectMany(p => p.Views));

        var missing = new List<string>();
        foreach (var project in projects)
        {
            foreach (var language in Languages)
            {
                var translations = Translations(project.Folder, language);
                missing.AddRange(project.Views
                    .SelectMany(view => LocalizerKeys(view).Select(key => (View: view, Key: key)))
                    .Where(use => translations is null || !translations.ContainsKey(use.Key))
                    .Select(use => $"{Relative(use.View)}: \"{use.Key}\" is not in Localization/{language}.json"));
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} view strings without a translation:{Environment.NewLine}{string.Join(Environment.NewLine, missing.Distinct())}");
    }

    [Fact]
    public void The_Albanian_and_Serbian_files_of_a_project_have_the_same_keys_and_no_empty_translation()
    {
        var problems = new List<string>();
        foreach (var project in Projects())
        {
            var files = Languages.ToDictionary(l => l, l => Translations(project.Folder, l));
            if (files.Values.All(f => f is null))
            {
                continue;
            }

            foreach (var (language, translations) in files)
            {
                if (translations is null)
                {
                    problems.Add($"{Relative(project.Folder)}: Localization/{language}.json is missing");
                    continue;
                }

                problems.AddRange(translations.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{Relative(project.Folder)}: \"{t.Key}\" is empty in {language}.json"));
                foreach (var other in Languages.Where(l => l != language && files[l] is not null))
                {
                    problems.AddRange(translations.Keys.Where(k => !files[other]!.ContainsKey(k))
                        .Select(k => $"{Relative(project.Folder)}: \"{k}\" is in {language}.json but not in {other}.json"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_view_scanner_finds_literal_keys_with_escaped_quotes_and_arguments_but_not_computed_keys()
    {
        var view = Path.GetTempFileName();
        try
        {
            File.WriteAllText(view, """
                <h1>@T["Notices"]</h1>
                <p>@T["Programme \"Perspektive Heimat\"."] @Localizer["Closes on {0}", Model.Deadline] @S[ "Apply" ]</p>
                <p>@T[item.Text] @ViewData["Title"] @TempData["Notice"] @Model.T["Not a localizer"]</p>
                """);

            Assert.Equal(["Notices", "Programme \"Perspektive Heimat\".", "Closes on {0}", "Apply"], LocalizerKeys(view));
        }
        finally
        {
            File.Delete(view);
        }
    }

    private sealed record Project(string Folder, IReadOnlyList<string> Views);

    /// <summary>Every module, theme and kernel project, and the test module, with the views it owns.</summary>
    private static IEnumerable<Project> Projects()
    {
        var root = RepositoryRoot();
        var folders = new[] { "modules", "themes", "src" }
            .Select(f => Path.Combine(root, f))
            .Where(Directory.Exists)
            .SelectMany(Directory.GetDirectories)
            .Append(Path.Combine(root, "tests", "Integra.TestModule"))
            .Where(folder => Directory.GetFiles(folder, "*.csproj").Length > 0);
        return folders.Select(folder => new Project(folder, Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(folder, f))
            .Order(StringComparer.Ordinal)
            .ToList()));
    }

    private static bool IsBuildOutput(string project, string file)
    {
        var first = Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    /// <summary>The project's strings in the language: <c>Localization/{language}.json</c> and any <c>Localization/{area}.{language}.json</c>.</summary>
    private static Dictionary<string, string>? Translations(string project, string language)
    {
        var folder = Path.Combine(project, "Localization");
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var files = Directory.GetFiles(folder, language + ".json").Concat(Directory.GetFiles(folder, "*." + language + ".json")).ToList();
        if (files.Count == 0)
        {
            return null;
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [])
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    private static List<string> LocalizerKeys(string view) =>
        LocalizerCall().Matches(File.ReadAllText(view)).Select(m => Regex.Unescape(m.Groups["key"].Value)).ToList();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Integra.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Integra.sln above {AppContext.BaseDirectory}.");
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot(), path);

    /// <summary><c>T["..."]</c>, <c>S["..."]</c> or <c>Localizer["..."]</c> with a literal first argument.</summary>
    [GeneratedRegex("""(?<![\w.])(?:T|S|Localizer)\[\s*"(?<key>(?:[^"\\]|\\.)*)"\s*[\],]""")]
    private static partial Regex LocalizerCall();
}
