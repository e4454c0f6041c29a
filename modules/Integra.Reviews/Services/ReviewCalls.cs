using System.Text.Json;
using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Cms.Models;
using Integra.Contents.Services;
using Integra.Reviews.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.Reviews.Services;

/// <summary>A call as the review sees it: the engine's setup, the review settings, the rubric, its title and whether it has closed.</summary>
public sealed record ReviewCall(
    CallSetup Setup,
    CallReviewSettings Settings,
    IReadOnlyList<Criterion> Criteria,
    string Title,
    DateTime? ClosesUtc,
    bool Closed,
    IReadOnlyDictionary<string, int> Places);

/// <summary>Loads calls, their review settings and the forms their applications follow.</summary>
public sealed class ReviewCalls(ApplicationsDbContext applications, ReviewsDbContext reviews, IContentManager content, CallSetups setups, TimeProvider clock)
{
    private readonly Dictionary<long, FormSchema> _forms = [];

    public async Task<IReadOnlyList<ReviewCall>> ListAsync(string culture, CancellationToken cancellationToken)
    {
        var setups = await applications.Calls.AsNoTracking().OrderBy(c => c.Component).ThenBy(c => c.CallNumber).ToListAsync(cancellationToken);
        var calls = new List<ReviewCall>(setups.Count);
        foreach (var setup in setups)
        {
            calls.Add(await DescribeAsync(setup, culture, cancellationToken));
        }

        return calls;
    }

    public async Task<ReviewCall?> GetAsync(long callSetupId, string culture, CancellationToken cancellationToken)
    {
        var setup = await applications.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callSetupId, cancellationToken);
        return setup is null ? null : await DescribeAsync(setup, culture, cancellationToken);
    }

    /// <summary>The stored settings (tracked, for saving) or new defaults not yet added.</summary>
    public async Task<CallReviewSettings> SettingsAsync(long callSetupId, CancellationToken cancellationToken) =>
        await reviews.Settings.FirstOrDefaultAsync(s => s.CallSetupId == callSetupId, cancellationToken)
        ?? new CallReviewSettings { CallSetupId = callSetupId };

    public async Task<FormSchema> FormAsync(long formVersionId, CancellationToken cancellationToken)
    {
        if (!_forms.TryGetValue(formVersionId, out var form))
        {
            var version = await applications.FormVersions.AsNoTracking().FirstOrDefaultAsync(f => f.Id == formVersionId, cancellationToken);
            var setup = version is null ? null : await applications.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == version.CallSetupId, cancellationToken);
            // The steps a component module adds for the call's type (e.g. component 2's business plan) are answers
            // staff and evaluators must see, as the applicant did.
            form = _forms[formVersionId] = version is null ? new FormSchema() : setup is null ? FormSchema.FromJson(version.SchemaJson) : setups.Schema(setup, version);
        }

        return form;
    }

    private async Task<ReviewCall> DescribeAsync(CallSetup setup, string culture, CancellationToken cancellationToken)
    {
        var settings = await reviews.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.CallSetupId == setup.Id, cancellationToken)
            ?? new CallReviewSettings { CallSetupId = setup.Id };
        var translations = await content.GetTranslationsAsync(setup.CallId, publishedOnly: false, cancellationToken);
        var item = translations.TryGetValue(culture, out var own) ? own : translations.Values.FirstOrDefault();
        var title = item?.DisplayText is { Length: > 0 } text ? text : $"C{setup.Component}-{setup.CallNumber}";
        var closes = translations.Values.Select(t => t.UtcDateTime(CmsContentTypes.Fields.ClosesAt)).FirstOrDefault(c => c is not null);
        var closed = closes is { } c && clock.GetUtcNow().UtcDateTime >= c;
        return new ReviewCall(setup, settings, Criterion.ListFromJson(settings.CriteriaJson), title, closes, closed, Places(setup.PlacesJson));
    }

    public static IReadOnlyDictionary<string, int> Places(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, int>>(string.IsNullOrWhiteSpace(json) ? "{}" : json) is { } places
                ? new Dictionary<string, int>(places, StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        }
    }
}
