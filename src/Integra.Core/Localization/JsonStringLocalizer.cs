using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Integra.Core.Localization;

/// <summary>
/// Translations shipped by every Integra assembly as embedded <c>Localization/{culture}.json</c> files,
/// keyed by the English text. Serbian Cyrillic falls back to the Serbian Latin text, transliterated.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    public TranslationCatalog(IEnumerable<Assembly> assemblies)
    {
        var merged = Cultures.All.ToDictionary(c => c, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
            {
                var culture = resource[(resource.LastIndexOf(".Localization.", StringComparison.Ordinal) + ".Localization.".Length)..^".json".Length];
                if (!merged.TryGetValue(culture, out var target))
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource)!;
                foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
                {
                    target[key] = value;
                }
            }
        }

        var cyrillic = merged[Cultures.SerbianCyrillic];
        foreach (var (key, latin) in merged[Cultures.SerbianLatin])
        {
            cyrillic.TryAdd(key, SerbianTransliterator.ToCyrillic(latin));
        }

        _byCulture = merged.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, string> For(string culture) =>
        _byCulture.TryGetValue(culture, out var map) ? map : FrozenDictionary<string, string>.Empty;

    public string? Find(CultureInfo culture, string key)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var map) && map.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}

public sealed class JsonStringLocalizer(TranslationCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = catalog.Find(CultureInfo.CurrentUICulture, name);
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

public sealed class JsonStringLocalizerFactory(TranslationCatalog catalog) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
