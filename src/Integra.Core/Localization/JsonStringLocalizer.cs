using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Integra.Core.Localization;

/// <summary>
/// Translations shipped by every Integra assembly as embedded <c>Localization/{culture}.json</c> files
/// (or several, <c>Localization/{area}.{culture}.json</c>),
/// keyed by the English text. Serbian Cyrillic falls back to the Serbian Latin text, transliterated.
/// </summary>
/// <remarks>
/// Two modules may translate the same English text differently; a string is looked up first among the
/// translations of the assembly that asks (its scope), then among all of them.
/// </remarks>
public sealed class TranslationCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;
    private readonly FrozenDictionary<string, FrozenDictionary<string, FrozenDictionary<string, string>>> _byScope;

    public TranslationCatalog(IEnumerable<Assembly> assemblies)
    {
        var merged = NewCultureMaps();
        var scopes = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        // In name order, so that where two modules translate the same text differently, the fallback for a third
        // is the same on every machine, whatever order the runtime loaded them in.
        foreach (var assembly in assemblies.Distinct().OrderBy(a => a.GetName().Name, StringComparer.Ordinal))
        {
            var own = NewCultureMaps();
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
            {
                // "Localization/sq.json", or "Localization/Screening.sq.json" when a module splits its strings by area.
                var stem = resource[(resource.LastIndexOf(".Localization.", StringComparison.Ordinal) + ".Localization.".Length)..^".json".Length];
                var culture = stem[(stem.LastIndexOf('.') + 1)..];
                if (!own.TryGetValue(culture, out var target))
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource)!;
                foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
                {
                    target[key] = value;
                    merged[culture][key] = value;
                }
            }

            AddCyrillic(own);
            scopes[assembly.GetName().Name!] = own;
        }

        AddCyrillic(merged);
        _byCulture = Freeze(merged);
        _byScope = scopes.ToFrozenDictionary(p => p.Key, p => Freeze(p.Value), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> For(string culture) =>
        _byCulture.TryGetValue(culture, out var map) ? map : FrozenDictionary<string, string>.Empty;

    /// <summary>The translation of <paramref name="key"/>, preferring the translations of the <paramref name="scope"/> assembly.</summary>
    public string? Find(CultureInfo culture, string key, string? scope = null)
    {
        if (scope is not null && _byScope.TryGetValue(scope, out var own) && Find(own, culture, key) is { } scoped)
        {
            return scoped;
        }

        return Find(_byCulture, culture, key);
    }

    private static string? Find(FrozenDictionary<string, FrozenDictionary<string, string>> maps, CultureInfo culture, string key)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (maps.TryGetValue(c.Name, out var map) && map.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static Dictionary<string, Dictionary<string, string>> NewCultureMaps() =>
        Cultures.All.ToDictionary(c => c, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);

    private static void AddCyrillic(Dictionary<string, Dictionary<string, string>> maps)
    {
        var cyrillic = maps[Cultures.SerbianCyrillic];
        foreach (var (key, latin) in maps[Cultures.SerbianLatin])
        {
            cyrillic.TryAdd(key, SerbianTransliterator.ToCyrillic(latin));
        }
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Freeze(Dictionary<string, Dictionary<string, string>> maps) =>
        maps.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
}

public sealed class JsonStringLocalizer(TranslationCatalog catalog, string? scope = null) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = catalog.Find(CultureInfo.CurrentUICulture, name, scope);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.For(CultureInfo.CurrentUICulture.Name).Select(p => new LocalizedString(p.Key, p.Value));
}

/// <summary>
/// Localizers scoped to the asking module: a type's assembly, or for a view the area (module id) in its path.
/// </summary>
public sealed class JsonStringLocalizerFactory(TranslationCatalog catalog) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<string, JsonStringLocalizer> _scoped = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, JsonStringLocalizer> _byType = new();
    private readonly JsonStringLocalizer _global = new(catalog);

    /// <summary>Kept per type: every <c>IStringLocalizer&lt;T&gt;</c> a request resolves comes here, and reading an assembly's name allocates.</summary>
    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => Scoped(type.Assembly.GetName().Name));

    /// <summary>Views ask with their path as the base name, e.g. <c>Areas.Integra.Admin.Views.Settings.Index.cshtml</c>.</summary>
    public IStringLocalizer Create(string baseName, string location)
    {
        var areaStart = baseName.IndexOf("Areas.", StringComparison.Ordinal);
        var viewsStart = baseName.IndexOf(".Views.", StringComparison.Ordinal);
        return areaStart >= 0 && viewsStart > areaStart + "Areas.".Length
            ? Scoped(baseName[(areaStart + "Areas.".Length)..viewsStart])
            : _global;
    }

    private JsonStringLocalizer Scoped(string? scope) =>
        scope is null ? _global : _scoped.GetOrAdd(scope, s => new JsonStringLocalizer(catalog, s));
}
