using System.Runtime.CompilerServices;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Templates.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.Templates.Services;

public enum TemplateOrigin
{
    Edited,
    Theme,
    Default,
}

/// <summary>One source a template can be rendered from, parsed (or with its parse error).</summary>
public sealed record TemplateCandidate(TemplateOrigin Origin, int Revision, string Source, ParsedTemplate Parsed);

/// <summary>The templates modules declare, and where each one's source comes from right now.</summary>
public sealed class TemplateLibrary(
    FeatureContributions contributions,
    FeatureState features,
    IServiceProvider services,
    TemplatesDbContext db,
    EditedTemplateIndex edited,
    ThemeTemplateFiles themes,
    LiquidEngine engine)
{
    private IReadOnlyDictionary<string, TemplateDefinition>? _definitions;

    /// <summary>The templates of enabled features; the first declaration of a name wins.</summary>
    public IReadOnlyDictionary<string, TemplateDefinition> Definitions => _definitions ??=
        contributions.Enabled<ITemplateSource>(features, services)
            .SelectMany(s => s.GetTemplates())
            .Where(d => TemplateNames.IsValid(d.Name))
            .DistinctBy(d => d.Name, StringComparer.Ordinal)
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Whether staff edits are in play: the module's tables exist only once its feature has been enabled.</summary>
    public bool EditsEnabled => features.IsEnabled(TemplatesModule.Id);

    public async Task<int?> EditedRevisionAsync(string name, CancellationToken cancellationToken) =>
        EditsEnabled && (await edited.RevisionsAsync(db, cancellationToken)).TryGetValue(name, out var revision) ? revision : null;

    /// <summary>The sources of a template in the order they are tried: edited, theme, default.</summary>
    public async IAsyncEnumerable<TemplateCandidate> CandidatesAsync(string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (await EditedRevisionAsync(name, cancellationToken) is { } revision)
        {
            var key = $"edited:{name}:{revision}";
            var row = await db.Templates.AsNoTracking().Where(t => t.Name == name).Select(t => new { t.Source, t.Revision }).SingleOrDefaultAsync(cancellationToken);
            if (row is not null)
            {
                // Another node may have saved since the index was read; the row in hand names its own revision.
                key = $"edited:{name}:{row.Revision}";
                yield return new TemplateCandidate(TemplateOrigin.Edited, row.Revision, row.Source, engine.Parse(key, () => row.Source));
            }
        }

        if (themes.Find(name) is { } theme)
        {
            yield return new TemplateCandidate(TemplateOrigin.Theme, 0, theme.Source, engine.Parse($"theme:{theme.ThemeId}:{name}", () => theme.Source));
        }

        if (Definitions.TryGetValue(name, out var definition))
        {
            yield return new TemplateCandidate(TemplateOrigin.Default, 0, definition.DefaultSource, engine.Parse($"default:{name}", () => definition.DefaultSource));
        }
    }

    /// <summary>What the editor starts from: the first source of the order, edited or not.</summary>
    public async Task<TemplateCandidate?> CurrentAsync(string name, CancellationToken cancellationToken)
    {
        await foreach (var candidate in CandidatesAsync(name, cancellationToken))
        {
            return candidate;
        }

        return null;
    }

    /// <summary>The source used when the edited one is reset: the theme's, else the module's.</summary>
    public string? FallbackSource(string name) =>
        themes.Find(name)?.Source ?? (Definitions.TryGetValue(name, out var definition) ? definition.DefaultSource : null);

    public void Forget(string name)
    {
        edited.Invalidate();
        engine.Forget($"edited:{name}:");
    }
}
