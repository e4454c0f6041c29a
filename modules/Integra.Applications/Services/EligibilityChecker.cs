using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Cms.Services;
using Integra.Core.Features;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Integra.People.Data;
using Integra.Templates.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Applications.Services;

/// <summary>
/// Checks an application against its call's rules (age by sex on the day the call closes, municipality, return
/// status) and the rules component modules add for the call's type. Each failure says, in the applicant's
/// language, what the rule is and where the applicant stands.
/// </summary>
public sealed class EligibilityChecker(
    ApplicationsDbContext db,
    CallSetups setups,
    SiteContent site,
    FeatureContributions contributions,
    FeatureState features,
    IServiceProvider services,
    TimeProvider clock,
    IStringLocalizer<EligibilityChecker> t) : IEligibilityChecker
{
    public const string AgeRule = "age";
    public const string SexRule = "sex";
    public const string MunicipalityRule = "municipality";
    public const string ReturnStatusRule = "return-status";

    public async Task<IReadOnlyList<EligibilityFailure>> CheckAsync(Application application, CallSetup call, CancellationToken cancellationToken)
    {
        var culture = Cultures.Normalize(application.Culture) ?? Cultures.Default;
        var rules = call.Eligibility();
        var form = await db.FormVersions.AsNoTracking().FirstOrDefaultAsync(f => f.Id == application.FormVersionId, cancellationToken)
            ?? await setups.LatestFormAsync(call, cancellationToken);
        var schema = setups.Schema(call, form);
        var answers = new ApplicationAnswers(application.AnswersJson, schema);
        var closes = (await setups.WindowAsync(call, cancellationToken)).ClosesUtc ?? clock.GetUtcNow().UtcDateTime;
        var municipalityNames = rules.Municipalities.Count > 0
            ? (await site.MunicipalitiesAsync(culture, cancellationToken)).ToDictionary(m => m.Key, m => m.Value.DisplayText, StringComparer.Ordinal)
            : [];

        var failures = new List<EligibilityFailure>();
        using (UiCulture.Use(culture))
        {
            if (CheckAge(rules, answers, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(closes, DateTimeKind.Utc), LiquidEngine.Zone))) is { } age)
            {
                failures.Add(age);
            }

            if (CheckMunicipality(rules, answers.Text(PersonField.Municipality) ?? application.Municipality, municipalityNames) is { } municipality)
            {
                failures.Add(municipality);
            }

            if (CheckReturnStatus(rules, answers, culture) is { } status)
            {
                failures.Add(status);
            }
        }

        foreach (var rule in contributions.Enabled<IEligibilityRule>(features, services).Where(r => r.CallType == call.CallType))
        {
            if (await rule.CheckAsync(application, call, cancellationToken) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    /// <summary>Whole years between the birth date and <paramref name="day"/>; a 29 February birthday falls on 28 February in other years.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }

    private EligibilityFailure? CheckAge(EligibilityRules rules, ApplicationAnswers answers, DateOnly closingDay)
    {
        if (rules.AgeBySex.Count == 0)
        {
            return null;
        }

        var sex = answers.Text(PersonField.Sex);
        if (sex is null)
        {
            return new EligibilityFailure(SexRule, t["Tell us your sex: the age limits of this call differ for women and men."]);
        }

        if (!rules.AgeBySex.TryGetValue(sex, out var range))
        {
            var open = rules.AgeBySex.Keys.Select(SexGroup).ToList();
            return new EligibilityFailure(SexRule, t["This call is open to {0} only.", string.Join(", ", open)]);
        }

        if (answers.Date(PersonField.BirthDate) is not { } birthDate)
        {
            return new EligibilityFailure(AgeRule, t["Tell us your date of birth: this call has age limits."]);
        }

        var age = AgeOn(birthDate, closingDay);
        if (age >= range.Min && age <= range.Max)
        {
            return null;
        }

        return new EligibilityFailure(AgeRule, sex switch
        {
            Sexes.Female => t["Women may apply from {0} to {1} years of age; on the day the call closes you will be {2}.", range.Min, range.Max, age],
            Sexes.Male => t["Men may apply from {0} to {1} years of age; on the day the call closes you will be {2}.", range.Min, range.Max, age],
            _ => t["Applicants may be from {0} to {1} years of age; on the day the call closes you will be {2}.", range.Min, range.Max, age],
        });
    }

    private EligibilityFailure? CheckMunicipality(EligibilityRules rules, string? municipality, IReadOnlyDictionary<string, string> names)
    {
        if (rules.Municipalities.Count == 0)
        {
            return null;
        }

        var allowed = string.Join(", ", rules.Municipalities.Select(code => names.GetValueOrDefault(code, code)));
        if (municipality is null)
        {
            return new EligibilityFailure(MunicipalityRule, t["Tell us the municipality where you live: this call is open to residents of these municipalities: {0}.", allowed]);
        }

        return rules.Municipalities.Contains(municipality, StringComparer.Ordinal)
            ? null
            : new EligibilityFailure(MunicipalityRule, t["This call is open to residents of these municipalities: {0}; you live in {1}.", allowed, names.GetValueOrDefault(municipality, municipality)]);
    }

    private EligibilityFailure? CheckReturnStatus(EligibilityRules rules, ApplicationAnswers answers, string culture)
    {
        if (rules.ReturnStatuses.Count == 0)
        {
            return null;
        }

        var field = answers.FieldFor(PersonField.ReturnStatus);
        var status = answers.Text(PersonField.ReturnStatus);
        if (status is not null && rules.ReturnStatuses.Contains(status, StringComparer.Ordinal))
        {
            return null;
        }

        var allowed = string.Join("; ", rules.ReturnStatuses.Select(code => ReturnStatusText(code, field, culture)));
        return new EligibilityFailure(ReturnStatusRule, t["This call is open to people in these situations: {0}.", allowed]);
    }

    private string ReturnStatusText(string code, FormField? field, string culture) =>
        field?.Options.FirstOrDefault(o => o.Value == code) is { } option
            ? option.Label.For(culture)
            : code switch
            {
                ReturnStatuses.Returnee => t["people who returned to Kosovo"],
                ReturnStatuses.LocalVulnerable => t["people in Kosovo in a difficult situation"],
                _ => code,
            };

    private string SexGroup(string sex) => sex switch
    {
        Sexes.Female => t["women"],
        Sexes.Male => t["men"],
        _ => sex,
    };
}
