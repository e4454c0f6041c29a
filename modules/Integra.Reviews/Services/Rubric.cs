using System.Text.Json;
using Integra.Applications.Forms;
using Integra.Core.Localization;

namespace Integra.Reviews.Services;

/// <summary>One criterion of a call's rubric: its points count toward the total in proportion to its weight.</summary>
public sealed record Criterion(string Key, LocalizedText Name, decimal Weight, decimal MaxPoints)
{
    public LocalizedText? Description { get; init; }

    public static IReadOnlyList<Criterion> ListFromJson(string json) =>
        JsonSerializer.Deserialize<List<Criterion>>(string.IsNullOrWhiteSpace(json) ? "[]" : json, FormSchema.Json) ?? [];

    public static string ListToJson(IEnumerable<Criterion> criteria) => JsonSerializer.Serialize(criteria, FormSchema.Json);
}

public static class CombineRules
{
    public const string Mean = "mean";
    public const string Median = "median";

    public static readonly IReadOnlyList<string> All = [Mean, Median];
}

/// <summary>
/// Text in the reader's culture (Cyrillic from Serbian Latin), else the first of Albanian, English or any text that is
/// not blank: staff may leave a rubric's translations empty, and an empty criterion name would hide the criterion.
/// </summary>
public static class ReviewText
{
    public static string In(this LocalizedText? text, string culture)
    {
        if (text is null || text.Count == 0)
        {
            return string.Empty;
        }

        return Cultures.TextFor(text, culture)
            ?? new[] { Cultures.Albanian, Cultures.English }.Select(c => text.GetValueOrDefault(c)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? text.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? string.Empty;
    }
}

/// <summary>
/// The arithmetic of the review, kept apart from storage so it can be checked on its own: each evaluator's weighted
/// total on a 0–100 scale, how totals combine, and how far evaluators are apart.
/// </summary>
public static class Scoring
{
    public const decimal Scale = 100m;

    /// <summary>The weighted total on the 0–100 scale; null until every criterion has points within its range.</summary>
    public static decimal? WeightedTotal(IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<string, decimal> points)
    {
        var weights = criteria.Sum(c => c.Weight);
        if (criteria.Count == 0 || weights <= 0)
        {
            return null;
        }

        decimal sum = 0;
        foreach (var criterion in criteria)
        {
            if (!points.TryGetValue(criterion.Key, out var given) || given < 0 || given > criterion.MaxPoints || criterion.MaxPoints <= 0)
            {
                return null;
            }

            sum += criterion.Weight * given / criterion.MaxPoints;
        }

        return Math.Round(sum / weights * Scale, 2, MidpointRounding.AwayFromZero);
    }

    public static decimal? Combine(IReadOnlyList<decimal> totals, string rule)
    {
        if (totals.Count == 0)
        {
            return null;
        }

        if (rule == CombineRules.Median)
        {
            var sorted = totals.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : Math.Round((sorted[middle - 1] + sorted[middle]) / 2, 2, MidpointRounding.AwayFromZero);
        }

        return Math.Round(totals.Average(), 2, MidpointRounding.AwayFromZero);
    }

    public static decimal Spread(IReadOnlyList<decimal> totals) => totals.Count < 2 ? 0 : totals.Max() - totals.Min();

    public static bool SpreadTooWide(IReadOnlyList<decimal> totals, decimal threshold) => Spread(totals) > threshold;
}
