using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Templates.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.CallSetup;

public sealed class SqliteEligibilityCheckerTests() : EligibilityCheckerTests("Sqlite");

public sealed class PostgresEligibilityCheckerTests() : EligibilityCheckerTests("Postgres");

/// <summary>A call's rules say who may apply; the applicant reads why not, in their language, with their own figures.</summary>
public abstract class EligibilityCheckerTests(string provider) : IAsyncLifetime
{
    private CallSetupApp _app = null!;
    private Integra.Applications.Data.CallSetup _setup = null!;
    private DateOnly _closingDay;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await CallSetupApp.StartAsync(provider);
        _setup = await _app.SetupAsync(CallSetupApp.OpenCallSlug);
        await _app.UpdateSetupAsync(_setup.Id, s => s.EligibilityJson = CallSetupSettings.Write(new EligibilityRules
        {
            AgeBySex = new() { ["F"] = new AgeRange(18, 65), ["M"] = new AgeRange(18, 35) },
            Municipalities = ["malisheva", "prizren"],
            ReturnStatuses = ["returnee", "local-vulnerable"],
        }));
        await using var scope = _app.App.Services.CreateAsyncScope();
        var closes = (await scope.ServiceProvider.GetRequiredService<CallSetups>().WindowAsync(_setup, Cancel)).ClosesUtc!.Value;
        _closingDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(closes, LiquidEngine.Zone));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_man_of_40_is_refused_with_the_age_limit_and_his_age_and_a_woman_of_40_may_apply()
    {
        var man = await CheckAsync("en", Answers("M", _closingDay.AddYears(-40), "malisheva"));
        var woman = await CheckAsync("en", Answers("F", _closingDay.AddYears(-40), "malisheva"));

        var failure = Assert.Single(man);
        Assert.Equal(EligibilityChecker.AgeRule, failure.Rule);
        Assert.Equal("Men may apply from 18 to 35 years of age; on the day the call closes you will be 40.", failure.Message);
        Assert.Empty(woman);
    }

    [Fact]
    public async Task The_age_counts_on_the_day_the_call_closes_and_the_reasons_come_in_the_applicants_language()
    {
        var turns36OnClosingDay = await CheckAsync("sq", Answers("M", _closingDay.AddYears(-36), "prizren"));
        var turns36DayAfter = await CheckAsync("sq", Answers("M", _closingDay.AddYears(-36).AddDays(1), "prizren"));
        var elsewhere = await CheckAsync("sr-Latn", Answers("F", _closingDay.AddYears(-30), "istog"));

        Assert.Equal("Burrat mund të aplikojnë nga mosha 18 deri në 35 vjeç; ditën kur mbyllet thirrja ju do të jeni 36 vjeç.", Assert.Single(turns36OnClosingDay).Message);
        Assert.Empty(turns36DayAfter);
        var municipality = Assert.Single(elsewhere);
        Assert.Equal(EligibilityChecker.MunicipalityRule, municipality.Rule);
        Assert.StartsWith("Ovaj poziv je otvoren za stanovnike ovih opština: ", municipality.Message);
        Assert.Contains("Prizren", municipality.Message);
    }

    private static Dictionary<string, object> Answers(string sex, DateOnly birthDate, string municipality) => new()
    {
        ["first-name"] = "Test",
        ["last-name"] = "Applicant",
        ["sex"] = sex,
        ["birth-date"] = birthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["municipality"] = municipality,
        ["return-status"] = "returnee",
    };

    private async Task<IReadOnlyList<EligibilityFailure>> CheckAsync(string culture, Dictionary<string, object> answers)
    {
        var application = await _app.CreateApplicationAsync(CallSetupApp.OpenCallSlug, culture, null, answers, Integra.Applications.ApplicationStatus.Draft);
        await using var scope = _app.App.Services.CreateAsyncScope();
        var setup = await scope.ServiceProvider.GetRequiredService<CallSetups>().GetAsync(_setup.Id, Cancel);
        return await scope.ServiceProvider.GetRequiredService<IEligibilityChecker>().CheckAsync(application, setup!, Cancel);
    }
}
