using Integra.Applications.Data;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Applications.ViewModels;
using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Core.Audit;
using Integra.Core.Features;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Integra.Core.Security;
using Integra.People.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Applications.Controllers;

/// <summary>The published calls and, per call, what staff set up: who may apply, places, consent, appeals, retention.</summary>
[Area(ApplicationsModule.Id)]
[Route("admin/applications/calls")]
[Permission(Permissions.ManageCallSetup)]
public sealed class CallSetupController(
    ApplicationsDbContext db,
    CallSetups setups,
    SiteContent site,
    CallStatus status,
    FeatureContributions contributions,
    FeatureState features,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<CallSetupController> t) : Controller
{
    public const int MaxConsentLength = 8000;
    private const string AuditModule = "Applications";

    private static readonly string[] ConsentCultures = [Cultures.Albanian, Cultures.English, Cultures.SerbianLatin];
    private static readonly string[] KnownReturnStatuses = [ReturnStatuses.Returnee, ReturnStatuses.LocalVulnerable];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var culture = UiCulture();
        var rows = new List<CallListRow>();
        foreach (var call in await site.AllAsync(CmsContentTypes.Call, Cultures.Albanian, cancellationToken))
        {
            var setup = await setups.GetOrCreateAsync(call, cancellationToken);
            var shown = await setups.CallItemAsync(setup, culture, cancellationToken) ?? call;
            rows.Add(new CallListRow(setup.Id, shown.DisplayText, setup.Component, setup.CallNumber, status.PhaseOf(call),
                call.UtcDateTime(CmsContentTypes.Fields.OpensAt), call.UtcDateTime(CmsContentTypes.Fields.ClosesAt), []));
        }

        var ids = rows.Select(r => r.SetupId).ToList();
        var counts = (await db.Applications.Where(a => ids.Contains(a.CallSetupId))
                .GroupBy(a => new { a.CallSetupId, a.Status })
                .Select(g => new { g.Key.CallSetupId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.CallSetupId);
        return View(rows
            .Select(r => r with { Counts = counts[r.SetupId].OrderBy(c => c.Status).Select(c => (c.Status, c.Count)).ToList() })
            .OrderByDescending(r => r.ClosesUtc)
            .ToList());
    }

    [HttpGet("{id:long}/setup")]
    public async Task<IActionResult> Setup(long id, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        return View(await ModelAsync(setup, FormOf(setup), cancellationToken));
    }

    [HttpPost("{id:long}/setup")]
    public async Task<IActionResult> Setup(long id, CallSetupForm form, CancellationToken cancellationToken)
    {
        if (await setups.GetAsync(id, cancellationToken) is not { } setup)
        {
            return NotFound();
        }

        var callTypes = CallTypes();
        if (setup.Revision != form.Revision)
        {
            return View(await ModelAsync(setup, form, cancellationToken, problem: t["Someone else saved this call's setup after you opened it. Nothing was overwritten: reload the page to see their changes, then make yours again."]));
        }

        var errors = Validate(form, callTypes);
        if (errors.Count > 0)
        {
            return View(await ModelAsync(setup, form, cancellationToken, errors));
        }

        var consent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (culture, text) in ConsentCultures.Zip([form.ConsentSq, form.ConsentEn, form.ConsentSrLatn]))
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                consent[culture] = text.Trim();
            }
        }

        var previous = setup.Consent();
        var consentChanged = previous.Count != consent.Count || consent.Any(c => previous.GetValueOrDefault(c.Key) != c.Value);
        var ages = new Dictionary<string, AgeRange>(StringComparer.Ordinal);
        if (form.WomenMinAge is { } womenMin && form.WomenMaxAge is { } womenMax)
        {
            ages[Sexes.Female] = new AgeRange(womenMin, womenMax);
        }

        if (form.MenMinAge is { } menMin && form.MenMaxAge is { } menMax)
        {
            ages[Sexes.Male] = new AgeRange(menMin, menMax);
        }

        setup.EligibilityJson = CallSetupSettings.Write(new EligibilityRules
        {
            AgeBySex = ages,
            Municipalities = CmsContentTypes.MunicipalityCodes.Where(form.Municipalities.Contains).ToList(),
            ReturnStatuses = KnownReturnStatuses.Where(form.ReturnStatuses.Contains).ToList(),
        });
        setup.PlacesJson = CallSetupSettings.Write(CmsContentTypes.MunicipalityCodes
            .Where(code => form.Places.GetValueOrDefault(code) is not null)
            .ToDictionary(code => code, code => form.Places[code]!.Value));
        if (consentChanged)
        {
            setup.ConsentJson = CallSetupSettings.Write(consent);
            setup.ConsentVersion++;
        }

        setup.AppealDays = form.AppealDays;
        setup.RetentionDays = form.RetentionDays;
        setup.CallType = string.IsNullOrWhiteSpace(form.CallType) ? null : form.CallType;
        setup.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        setup.Revision = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = (await setups.GetAsync(id, cancellationToken))!;
            return View(await ModelAsync(current, form, cancellationToken, problem: t["Someone else saved this call's setup after you opened it. Nothing was overwritten: reload the page to see their changes, then make yours again."]));
        }

        await audit.WriteAsync(AuditModule, "Call setup saved", setup.CallId,
            $"Eligibility {setup.EligibilityJson}; places {setup.PlacesJson}; consent version {setup.ConsentVersion}; appeal days {setup.AppealDays}; retention days {setup.RetentionDays}; call type {setup.CallType ?? "-"}", cancellationToken);
        TempData["Notice"] = consentChanged
            ? t["The call's setup is saved. The consent text changed: applicants now agree to version {0}.", setup.ConsentVersion].Value
            : t["The call's setup is saved."].Value;
        return Redirect($"/admin/applications/calls/{id}/setup");
    }

    private Dictionary<string, string> Validate(CallSetupForm form, IReadOnlyList<string> callTypes)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ValidateAges("Women", form.WomenMinAge, form.WomenMaxAge, errors);
        ValidateAges("Men", form.MenMinAge, form.MenMaxAge, errors);
        foreach (var (code, places) in form.Places)
        {
            if (places is < 0 or > 10_000)
            {
                errors[$"Places_{code}"] = t["Places must be a number from 0 to 10,000, or empty for no limit."];
            }
        }

        foreach (var (field, text) in new[] { ("ConsentSq", form.ConsentSq), ("ConsentEn", form.ConsentEn), ("ConsentSrLatn", form.ConsentSrLatn) })
        {
            if (text?.Length > MaxConsentLength)
            {
                errors[field] = t["The consent text is too long: at most {0} characters.", MaxConsentLength];
            }
        }

        if (string.IsNullOrWhiteSpace(form.ConsentSq))
        {
            errors["ConsentSq"] = t["Write the consent text at least in Albanian; the other languages fall back to it."];
        }

        if (form.AppealDays is < 1 or > 90)
        {
            errors["AppealDays"] = t["Appeal days must be from 1 to 90."];
        }

        if (form.RetentionDays is < 30 or > 3650)
        {
            errors["RetentionDays"] = t["Retention must be from 30 to 3,650 days."];
        }

        if (!string.IsNullOrWhiteSpace(form.CallType) && !callTypes.Contains(form.CallType, StringComparer.Ordinal))
        {
            errors["CallType"] = t["Choose a call type from the list."];
        }

        return errors;
    }

    private void ValidateAges(string group, int? min, int? max, Dictionary<string, string> errors)
    {
        if (min is null && max is null)
        {
            return;
        }

        var groupName = group == "Women" ? t["women"].Value : t["men"].Value;
        if (min is null || max is null)
        {
            errors[$"{group}MinAge"] = t["Give both the lowest and the highest age for {0}, or neither.", groupName];
        }
        else if (min < 15 || max > 100)
        {
            errors[$"{group}MinAge"] = t["Ages for {0} must be between 15 and 100.", groupName];
        }
        else if (min > max)
        {
            errors[$"{group}MinAge"] = t["The lowest age for {0} ({1}) is above the highest ({2}).", groupName, min, max];
        }
    }

    private static CallSetupForm FormOf(Data.CallSetup setup)
    {
        var rules = setup.Eligibility();
        var consent = setup.Consent();
        var places = setup.Places();
        return new CallSetupForm
        {
            Revision = setup.Revision,
            WomenMinAge = rules.AgeBySex.GetValueOrDefault(Sexes.Female)?.Min,
            WomenMaxAge = rules.AgeBySex.GetValueOrDefault(Sexes.Female)?.Max,
            MenMinAge = rules.AgeBySex.GetValueOrDefault(Sexes.Male)?.Min,
            MenMaxAge = rules.AgeBySex.GetValueOrDefault(Sexes.Male)?.Max,
            Municipalities = rules.Municipalities,
            ReturnStatuses = rules.ReturnStatuses,
            Places = CmsContentTypes.MunicipalityCodes.ToDictionary(c => c, c => places.TryGetValue(c, out var p) ? (int?)p : null),
            ConsentSq = consent.GetValueOrDefault(Cultures.Albanian),
            ConsentEn = consent.GetValueOrDefault(Cultures.English),
            ConsentSrLatn = consent.GetValueOrDefault(Cultures.SerbianLatin),
            AppealDays = setup.AppealDays,
            RetentionDays = setup.RetentionDays,
            CallType = setup.CallType,
        };
    }

    private async Task<CallSetupViewModel> ModelAsync(
        Data.CallSetup setup, CallSetupForm form, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? errors = null, string? problem = null)
    {
        var culture = UiCulture();
        var call = await setups.CallItemAsync(setup, culture, cancellationToken);
        var names = await site.MunicipalitiesAsync(culture, cancellationToken);
        return new CallSetupViewModel
        {
            SetupId = setup.Id,
            Title = call?.DisplayText ?? setup.CallId,
            Phase = call is null ? CallPhase.Closed : status.PhaseOf(call),
            ConsentVersion = setup.ConsentVersion,
            Municipalities = CmsContentTypes.MunicipalityCodes.Select(c => new MunicipalityChoice(c, names.GetValueOrDefault(c)?.DisplayText ?? c)).ToList(),
            CallTypes = CallTypes(),
            Form = form,
            Errors = errors ?? new Dictionary<string, string>(),
            Problem = problem,
        };
    }

    private IReadOnlyList<string> CallTypes() =>
        contributions.Enabled<IFormContributor>(features, HttpContext.RequestServices).Select(c => c.CallType).Distinct().Order(StringComparer.Ordinal).ToList();

    private static string UiCulture() => Cultures.Normalize(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? Cultures.Default;
}
