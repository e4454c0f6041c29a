using Integra.Reviews.Services;

namespace Integra.Tests.Unit.Reviews;

public sealed class RankingTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static RankingCandidate Candidate(long id, string municipality, decimal score, int minute = 0) =>
        new(id, municipality, score, Start.AddMinutes(minute == 0 ? id : minute));

    [Fact]
    public void A_sixth_applicant_of_a_municipality_with_five_places_goes_to_the_reserve_list_even_above_another_municipalitys_selected()
    {
        var candidates = Enumerable.Range(1, 6).Select(i => Candidate(i, "malisheva", 95 - i)).Append(Candidate(7, "drenas", 40)).ToList();

        var ranked = Ranking.Rank(candidates, new Dictionary<string, int> { ["malisheva"] = 5 }, totalPlaces: null, passMark: 0);

        Assert.Equal([1L, 2, 3, 4, 5, 7], ranked.Where(r => r.Outcome == RankingOutcome.Selected).Select(r => r.Candidate.ApplicationId).Order());
        var sixth = Assert.Single(ranked, r => r.Outcome == RankingOutcome.Reserve);
        Assert.Equal(6, sixth.Candidate.ApplicationId);
        Assert.Equal((6, 6, 6, 5), (sixth.Rank, sixth.RankInMunicipality, sixth.CountInMunicipality, sixth.MunicipalityPlaces!.Value));
    }

    [Fact]
    public void Municipalities_without_an_entry_are_uncapped_but_the_total_number_of_places_still_applies()
    {
        var candidates = new[] { Candidate(1, "klina", 80), Candidate(2, "klina", 70), Candidate(3, "prizren", 60), Candidate(4, "klina", 50) };

        var ranked = Ranking.Rank(candidates, new Dictionary<string, int>(), totalPlaces: 3, passMark: 0);

        Assert.Equal([RankingOutcome.Selected, RankingOutcome.Selected, RankingOutcome.Selected, RankingOutcome.Reserve], ranked.Select(r => r.Outcome));
        Assert.Null(ranked[0].MunicipalityPlaces);
    }

    [Fact]
    public void Below_the_pass_mark_an_application_is_rejected_whatever_places_remain()
    {
        var ranked = Ranking.Rank([Candidate(1, "klina", 80), Candidate(2, "klina", 39.99m)], new Dictionary<string, int>(), totalPlaces: null, passMark: 40);

        Assert.Equal(RankingOutcome.Selected, ranked[0].Outcome);
        Assert.Equal(RankingOutcome.Rejected, ranked[1].Outcome);
        Assert.True(ranked[1].BelowPassMark);
    }

    [Fact]
    public void An_earlier_submission_breaks_a_tie()
    {
        var ranked = Ranking.Rank([Candidate(1, "klina", 70, minute: 50), Candidate(2, "klina", 70, minute: 10)], new Dictionary<string, int> { ["klina"] = 1 }, totalPlaces: null, passMark: 0);

        Assert.Equal(2, ranked[0].Candidate.ApplicationId);
        Assert.Equal(RankingOutcome.Reserve, ranked[1].Outcome);
    }

    [Fact]
    public void Municipality_codes_match_places_whatever_their_case()
    {
        var ranked = Ranking.Rank([Candidate(1, "Malisheva", 70), Candidate(2, "malisheva", 60)], new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["malisheva"] = 1 }, totalPlaces: null, passMark: 0);

        Assert.Equal([RankingOutcome.Selected, RankingOutcome.Reserve], ranked.Select(r => r.Outcome));
    }
}

public sealed class ScoringTests
{
    private static readonly IReadOnlyList<Criterion> Rubric =
    [
        new("idea", new() { ["en"] = "Idea" }, 2, 10),
        new("experience", new() { ["en"] = "Experience" }, 1, 5),
    ];

    [Fact]
    public void The_weighted_total_is_on_a_scale_of_100_and_weighs_each_criterion_by_its_share_of_its_maximum()
    {
        Assert.Equal(100m, Scoring.WeightedTotal(Rubric, new Dictionary<string, decimal> { ["idea"] = 10, ["experience"] = 5 }));
        Assert.Equal(20m, Scoring.WeightedTotal(Rubric, new Dictionary<string, decimal> { ["idea"] = 2, ["experience"] = 1 }));
        Assert.Equal(66.67m, Scoring.WeightedTotal(Rubric, new Dictionary<string, decimal> { ["idea"] = 10, ["experience"] = 0 }));
    }

    [Fact]
    public void There_is_no_total_until_every_criterion_has_points_within_its_range()
    {
        Assert.Null(Scoring.WeightedTotal(Rubric, new Dictionary<string, decimal> { ["idea"] = 10 }));
        Assert.Null(Scoring.WeightedTotal(Rubric, new Dictionary<string, decimal> { ["idea"] = 11, ["experience"] = 5 }));
        Assert.Null(Scoring.WeightedTotal([], new Dictionary<string, decimal>()));
    }

    [Fact]
    public void Totals_combine_by_mean_or_median_and_the_spread_is_flagged_above_the_threshold()
    {
        IReadOnlyList<decimal> totals = [100m, 20m, 30m];
        Assert.Equal(50m, Scoring.Combine(totals, CombineRules.Mean));
        Assert.Equal(30m, Scoring.Combine(totals, CombineRules.Median));
        Assert.Equal(25m, Scoring.Combine([20m, 30m], CombineRules.Median));
        Assert.Null(Scoring.Combine([], CombineRules.Mean));
        Assert.Equal(80m, Scoring.Spread(totals));
        Assert.True(Scoring.SpreadTooWide(totals, 25));
        Assert.False(Scoring.SpreadTooWide([60m, 85m], 25));
    }
}

public sealed class RoundRobinTests
{
    [Fact]
    public void Applications_get_their_evaluators_in_turn_balancing_the_load()
    {
        var needs = Enumerable.Range(1, 3).Select(i => new AssignmentNeed(i, "klina", [], 0));
        PoolMember[] pool = [new("a", null, 0), new("b", null, 0), new("c", null, 0)];

        var (planned, shortOf) = RoundRobin.Plan(needs, pool, perApplication: 2, excludeSameMunicipality: false);

        Assert.Empty(shortOf);
        Assert.Equal(6, planned.Count);
        Assert.All(planned.GroupBy(p => p.UserId), g => Assert.Equal(2, g.Count()));
        Assert.All(planned.GroupBy(p => p.ApplicationId), g => Assert.Equal(2, g.Select(p => p.UserId).Distinct().Count()));
    }

    [Fact]
    public void An_evaluator_who_was_ever_on_an_application_or_comes_from_its_municipality_is_never_chosen()
    {
        var needs = new[] { new AssignmentNeed(1, "malisheva", ["a"], 1) };
        PoolMember[] pool = [new("a", null, 0), new("b", "Malisheva", 0), new("c", "drenas", 5)];

        var (planned, shortOf) = RoundRobin.Plan(needs, pool, perApplication: 2, excludeSameMunicipality: true);

        Assert.Equal([(1L, "c")], planned);
        Assert.Empty(shortOf);
    }

    [Fact]
    public void An_application_that_cannot_get_enough_evaluators_is_reported()
    {
        var (planned, shortOf) = RoundRobin.Plan([new AssignmentNeed(9, null, [], 0)], [new PoolMember("a", null, 0)], perApplication: 2, excludeSameMunicipality: false);

        Assert.Single(planned);
        Assert.Equal([9L], shortOf);
    }
}
