using Integra.Core.Indicators;

namespace Integra.Tests.Unit.Indicators;

public sealed class IndicatorAggregationTests
{
    private static readonly IndicatorDefinition Trained = new("trained", "People trained", 120, "people");
    private static readonly DateTime June = new(2024, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Two_records_merged_into_one_person_count_once_under_the_surviving_record()
    {
        var facts = new[]
        {
            new IndicatorFact("trained", 1, June) { Municipality = "malisheva", Call = "C2-1" },
            new IndicatorFact("trained", 2, June.AddDays(30)) { Municipality = "malisheva", Call = "C2-2" },
        };
        var survivor = new IndicatorPerson(1) { Sex = "F", BirthDate = new DateOnly(1984, 3, 2), ReturnStatus = "returnee", Disability = false };
        var people = new Dictionary<long, IndicatorPerson> { [1] = survivor, [2] = survivor };

        var result = IndicatorAggregation.Aggregate([Trained], facts, people).Single();

        Assert.Equal(1, result.Actual);
        Assert.Equal(1, result.Count(IndicatorDimensions.Sex, "F"));
        Assert.Equal(1, result.Count(IndicatorDimensions.ReturnStatus, "returnee"));
        Assert.Equal(1, result.Count(IndicatorDimensions.Municipality, "malisheva"));
        Assert.Equal(1, result.Count(IndicatorDimensions.Call, "C2-1"));
        Assert.Equal(1, result.Count(IndicatorDimensions.Call, "C2-2"));
    }

    [Fact]
    public void People_are_disaggregated_by_sex_age_band_return_status_and_disability_summing_to_the_total()
    {
        var facts = new[]
        {
            new IndicatorFact("trained", 1, June),
            new IndicatorFact("trained", 2, June),
            new IndicatorFact("trained", 3, June),
        };
        var people = new Dictionary<long, IndicatorPerson>
        {
            [1] = new(1) { Sex = "F", BirthDate = new DateOnly(2004, 6, 2), ReturnStatus = "returnee", Disability = true },
            [2] = new(2) { Sex = "M", BirthDate = new DateOnly(1990, 1, 1), ReturnStatus = "local-vulnerable" },
            [3] = new(3) { Sex = "F", BirthDate = new DateOnly(1980, 1, 1), ReturnStatus = "returnee", Disability = false },
        };

        var result = IndicatorAggregation.Aggregate([Trained], facts, people).Single();

        Assert.Equal(3, result.Actual);
        Assert.Equal(2, result.Count(IndicatorDimensions.Sex, "F"));
        Assert.Equal(1, result.Count(IndicatorDimensions.Sex, "M"));
        Assert.Equal(1, result.Count(IndicatorDimensions.AgeBand, "18-24"));
        Assert.Equal(1, result.Count(IndicatorDimensions.AgeBand, "25-35"));
        Assert.Equal(1, result.Count(IndicatorDimensions.AgeBand, "36-65"));
        Assert.Equal(2, result.Count(IndicatorDimensions.ReturnStatus, "returnee"));
        Assert.Equal(1, result.Count(IndicatorDimensions.Disability, "yes"));
        Assert.Equal(1, result.Count(IndicatorDimensions.Disability, "no"));
        Assert.Equal(1, result.Count(IndicatorDimensions.Disability, IndicatorDimensions.Unknown));
        Assert.Equal(3, result.Count(IndicatorDimensions.Municipality, IndicatorDimensions.Unknown));
    }

    [Fact]
    public void Age_is_taken_on_the_day_the_person_came_to_count()
    {
        Assert.Equal("18-24", IndicatorAggregation.AgeBand(new DateOnly(1999, 6, 2), June));
        Assert.Equal("25-35", IndicatorAggregation.AgeBand(new DateOnly(1999, 6, 1), June));
        Assert.Equal(IndicatorDimensions.Unknown, IndicatorAggregation.AgeBand(null, June));
    }

    [Fact]
    public void An_indicator_without_facts_reads_zero_and_facts_of_other_indicators_do_not_leak_into_it()
    {
        var established = new IndicatorDefinition("established", "Businesses established", 100, "businesses");

        var results = IndicatorAggregation.Aggregate([Trained, established], [new IndicatorFact("trained", 7, June)], new Dictionary<long, IndicatorPerson>());

        Assert.Equal(1, results[0].Actual);
        Assert.Equal(0, results[1].Actual);
        Assert.Equal(100, results[1].Indicator.Target);
    }

    [Fact]
    public void A_period_holds_its_start_and_excludes_its_end()
    {
        var period = new IndicatorPeriod(June, June.AddMonths(1));

        Assert.True(period.Contains(June));
        Assert.False(period.Contains(June.AddMonths(1)));
        Assert.True(IndicatorPeriod.All.Contains(DateTime.MinValue));
    }
}
