using System.Collections.Concurrent;
using System.Reflection;
using Integra.Core.Features;
using Integra.Core.Modules;

namespace Integra.Templates.Services;

/// <summary>
/// Template overrides that enabled themes ship as embedded <c>Templates/&lt;name&gt;.liquid</c> resources.
/// A theme is a feature in the "Themes" category.
/// </summary>
public sealed class ThemeTemplateFiles(ModuleCatalog catalog, FeatureState features)
{
    public const string ThemesCategory = "Themes";

    private readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> _files = new();

    public ThemeTemplate? Find(string name)
    {
        foreach (var theme in catalog.Features.Where(f => f.Category == ThemesCategory && features.IsEnabled(f.Id)))
        {
            if (_files.GetOrAdd(theme.Assembly, Read).TryGetValue(name, out var source))
            {
                return new ThemeTemplate(theme.Id, source);
            }
        }

        return null;
    }

    private static Dictionary<string, string> Read(Assembly assembly)
    {
        var prefix = assembly.GetName().Name + ".Templates.";
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal) && r.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            files[resource[prefix.Length..^".liquid".Length]] = reader.ReadToEnd();
        }

        return files;
    }
}

public sealed record ThemeTemplate(string ThemeId, string Source);
