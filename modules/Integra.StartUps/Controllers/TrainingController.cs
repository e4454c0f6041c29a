using System.Globalization;
using Integra.Cms.Services;
using Integra.Core.Security;
using Integra.People.Services;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Controllers;

/// <summary>Training: cohorts per call and municipality, sessions, the attendance register and its printable sheet, completion and certificates.</summary>
[Route("admin/startups/training")]
[Permission(Permissions.ManageTraining)]
public sealed class TrainingController(
    StartUpsDbContext db,
    TrainingService training,
    StartUpCalls calls,
    CertificateService certificates,
    IPersonRegistry people,
    SiteTime siteTime,
    IStringLocalizer<TrainingController> T) : StartUpsControllerBase
{
    private const string Home = "/admin/startups/training";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var cohorts = await db.Cohorts.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(Aborted);
        var members = await db.CohortMembers.AsNoTracking().GroupBy(m => m.CohortId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Aborted);
        var sessions = await db.Sessions.AsNoTracking().GroupBy(s => s.CohortId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Aborted);
        var grantCalls = (await calls.ListAsync(Aborted)).Where(c => c.Setup.CallType == StartUpCallTypes.Grant).ToList();
        return View(new TrainingViewModel(
            [.. cohorts.Select(c => new CohortRow(c, members.GetValueOrDefault(c.Id), sessions.GetValueOrDefault(c.Id)))],
            grantCalls,
            await MunicipalitiesAsync()));
    }

    [HttpPost("cohorts")]
    public async Task<IActionResult> CreateCohort(long callSetupId, string? municipality, string? name)
    {
        var municipalities = await MunicipalitiesAsync();
        if (municipality is null || !municipalities.ContainsKey(municipality) || name?.Length > StartUpsLimits.Title || await calls.GetAsync(callSetupId, Aborted) is null)
        {
            return Done(Home, T["Choose a call and a municipality."]);
        }

        var cohort = await training.CreateCohortAsync(callSetupId, municipality, string.IsNullOrWhiteSpace(name) ? municipalities[municipality] : name, Aborted);
        return Done($"{Home}/cohorts/{cohort.Id}", null, T["Cohort created."]);
    }

    [HttpGet("cohorts/{id:long}")]
    public async Task<IActionResult> Cohort(long id)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, Aborted);
        if (cohort is null)
        {
            return NotFound();
        }

        var progress = await training.ProgressAsync(id, Aborted);
        var municipalities = await MunicipalitiesAsync();
        return View(new CohortViewModel(
            cohort,
            municipalities.GetValueOrDefault(cohort.Municipality) ?? cohort.Municipality,
            progress,
            await NamesAsync(progress.Select(p => p.Beneficiary)),
            await db.Sessions.AsNoTracking().Where(s => s.CohortId == id).OrderBy(s => s.StartsUtc).ToListAsync(Aborted),
            await training.CompletionPercentAsync(cohort.CallSetupId, Aborted),
            await siteTime.ZoneAsync(Aborted)));
    }

    [HttpPost("cohorts/{id:long}/sessions")]
    public async Task<IActionResult> AddSession(long id, string? date, string? time, string? topic, string? trainer, string? location)
    {
        if (!await db.Cohorts.AnyAsync(c => c.Id == id, Aborted))
        {
            return NotFound();
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            || string.IsNullOrWhiteSpace(topic) || string.IsNullOrWhiteSpace(trainer)
            || topic.Length > StartUpsLimits.Title || trainer.Length > StartUpsLimits.Name || location?.Length > StartUpsLimits.Title)
        {
            return Done($"{Home}/cohorts/{id}", T["Give the session's date, time, topic and trainer."]);
        }

        var zone = await siteTime.ZoneAsync(Aborted);
        await training.AddSessionAsync(id, TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(at, DateTimeKind.Unspecified), zone), topic, trainer, location, Aborted);
        return Done($"{Home}/cohorts/{id}", null, T["Session added."]);
    }

    [HttpPost("cohorts/{id:long}/complete")]
    public async Task<IActionResult> Complete(long id)
    {
        var (completed, error) = await training.CompleteAsync(id, Aborted);
        return Done($"{Home}/cohorts/{id}", error, T["{0} trainees recorded as having completed the training.", completed]);
    }

    [HttpGet("sessions/{id:long}")]
    public async Task<IActionResult> Session(long id) => await SessionViewAsync(id, "Session");

    /// <summary>The register to print and sign at the session: one line per member.</summary>
    [HttpGet("sessions/{id:long}/sheet")]
    public async Task<IActionResult> Sheet(long id) => await SessionViewAsync(id, "Sheet");

    [HttpPost("sessions/{id:long}")]
    public async Task<IActionResult> RecordAttendance(long id, List<long> present, bool everyone = false)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, Aborted);
        if (session is null)
        {
            return NotFound();
        }

        var attended = everyone
            ? await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == session.CohortId).Select(m => m.BeneficiaryId).ToListAsync(Aborted)
            : present;
        await training.RecordAttendanceAsync(id, attended.ToHashSet(), Aborted);
        return Done($"{Home}/sessions/{id}", null, T["Attendance saved."]);
    }

    [HttpGet("certificates/{beneficiaryId:long}")]
    public async Task<IActionResult> Certificate(long beneficiaryId)
    {
        var certificate = await certificates.RenderAsync(beneficiaryId, Aborted);
        return certificate is { } c ? File(c.Pdf, "application/pdf", c.FileName) : NotFound();
    }

    private async Task<IActionResult> SessionViewAsync(long id, string view)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, Aborted);
        if (session is null)
        {
            return NotFound();
        }

        var cohort = await db.Cohorts.AsNoTracking().FirstAsync(c => c.Id == session.CohortId, Aborted);
        var members = await training.MembersAsync(cohort.Id, Aborted);
        var attendance = await db.Attendance.AsNoTracking().Where(a => a.SessionId == id).ToDictionaryAsync(a => a.BeneficiaryId, a => a.Present, Aborted);
        return View(view, new SessionViewModel(session, cohort, members, await NamesAsync(members), attendance, await siteTime.ZoneAsync(Aborted)));
    }

    private async Task<IReadOnlyDictionary<long, string>> NamesAsync(IEnumerable<Beneficiary> beneficiaries)
    {
        var byPerson = beneficiaries.ToDictionary(b => b.Id, b => b.PersonId);
        var ids = byPerson.Values.Distinct().ToList();
        var names = await people.ActivePeople.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}".Trim(), Aborted);
        return byPerson.ToDictionary(b => b.Key, b => names.GetValueOrDefault(b.Value) ?? $"#{b.Value}");
    }
}
