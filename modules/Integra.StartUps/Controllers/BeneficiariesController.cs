using Integra.Applications;
using Integra.Core.Security;
using Integra.People.Services;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Controllers;

/// <summary>The component's beneficiaries: taking in the engine's selected applicants, lists by call, municipality and status, and each one's moves.</summary>
[Route("admin/startups/beneficiaries")]
[Permission(Permissions.ViewStartUps)]
public sealed class BeneficiariesController(
    StartUpsDbContext db,
    BeneficiaryIntake intake,
    BeneficiaryTransitions transitions,
    IPersonRegistry people,
    PermissionService permissions,
    IStringLocalizer<BeneficiariesController> T) : StartUpsControllerBase
{
    private const string Home = "/admin/startups/beneficiaries";

    [HttpGet("")]
    public async Task<IActionResult> Index(long? call, string? municipality, BeneficiaryStatus? status)
    {
        var query = db.Beneficiaries.AsNoTracking();
        if (call is { } c)
        {
            query = query.Where(b => b.CallSetupId == c);
        }

        if (!string.IsNullOrEmpty(municipality))
        {
            query = query.Where(b => b.Municipality == municipality);
        }

        if (status is { } s)
        {
            query = query.Where(b => b.Status == s);
        }

        var beneficiaries = await query.OrderBy(b => b.Reference).ThenBy(b => b.Id).Take(1000).ToListAsync(Aborted);
        var personIds = beneficiaries.Select(b => b.PersonId).Distinct().ToList();
        var names = await people.ActivePeople.Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}".Trim(), Aborted);
        return View(new BeneficiariesViewModel(
            new BeneficiaryFilter(call, municipality, status),
            [.. beneficiaries.Select(b => new BeneficiaryRow(b, names.GetValueOrDefault(b.PersonId) ?? $"#{b.PersonId}"))],
            await intake.WaitingAsync(Aborted),
            await MunicipalitiesAsync(),
            await permissions.HasPermissionAsync(User, Permissions.ManageBeneficiaries, Aborted)
                && await permissions.HasPermissionAsync(User, Integra.Applications.Permissions.DecideApplications, Aborted)));
    }

    [HttpPost("take-in/{callSetupId:long}")]
    [Permission(Permissions.ManageBeneficiaries)]
    public async Task<IActionResult> TakeIn(long callSetupId)
    {
        var (takenIn, error) = await intake.TakeInAsync(callSetupId, Aborted);
        return Done(Home, error, T["{0} selected applicants taken in as beneficiaries.", takenIn]);
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id)
    {
        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, Aborted);
        if (beneficiary is null)
        {
            return NotFound();
        }

        var timeline = await db.BeneficiaryEvents.AsNoTracking().Where(e => e.BeneficiaryId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(Aborted);
        var municipalities = await MunicipalitiesAsync();
        return View(new BeneficiaryViewModel(
            beneficiary,
            await people.ResolveAsync(beneficiary.PersonId, Aborted),
            municipalities.GetValueOrDefault(beneficiary.Municipality) ?? beneficiary.Municipality,
            timeline,
            await transitions.AvailableAsync(User, beneficiary, Aborted)));
    }

    [HttpPost("{id:long}/move")]
    public async Task<IActionResult> Move(long id, BeneficiaryTrigger trigger, string? reason)
    {
        var result = await transitions.FireAsync(id, trigger, reason, Aborted);
        return Done($"{Home}/{id}", result.Error, T["Done: {0}.", T[BeneficiaryStatusText.Of(trigger)]]);
    }
}
