using Integra.Core.Data;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Integra.People.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.People.Controllers;

/// <summary>Erasure requests from data subjects: staff approve (the data is anonymised) or refuse, with a reason.</summary>
[Area(PeopleModule.Id)]
[Route("admin/people/requests")]
[Permission(Permissions.ApprovePersonalDataRequests)]
public sealed class DataRequestsController(
    PeopleDbContext db,
    CoreDbContext core,
    PersonalDataService personalData,
    IStringLocalizer<DataRequestsController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PersonalDataRequestStatus status = PersonalDataRequestStatus.Pending, int page = 1)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var query = db.PersonalDataRequests.AsNoTracking().Where(r => r.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = AdminPages.PageCount(total);
        page = Math.Clamp(page, 1, pageCount);
        var requests = await query.OrderBy(r => r.RequestedUtc).ThenBy(r => r.Id)
            .Skip((page - 1) * AdminPages.PageSize).Take(AdminPages.PageSize).ToListAsync(cancellationToken);
        return View(new DataRequestListViewModel(status, requests, page, pageCount, total));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id)
    {
        var model = new DataRequestViewModel();
        return await LoadAsync(id, model) ? View(model) : NotFound();
    }

    [HttpPost("{id:long}/approve")]
    public Task<IActionResult> Approve(long id, DataRequestViewModel model) => DecideAsync(id, model, approve: true);

    [HttpPost("{id:long}/refuse")]
    public Task<IActionResult> Refuse(long id, DataRequestViewModel model) => DecideAsync(id, model, approve: false);

    private async Task<IActionResult> DecideAsync(long id, DataRequestViewModel model, bool approve)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, model) ? View(nameof(Show), model) : NotFound();
        }

        if (!await personalData.DecideAsync(id, approve, model.DecisionReason.Trim(), User.Identity?.Name, cancellationToken))
        {
            TempData["Error"] = t["This request has already been decided."].Value;
            return Redirect($"/admin/people/requests/{id}");
        }

        TempData["Notice"] = approve
            ? t["The request is approved: the person's data has been anonymised."].Value
            : t["The request is refused; the reason is shown to the applicant."].Value;
        return Redirect($"/admin/people/requests/{id}");
    }

    private async Task<bool> LoadAsync(long id, DataRequestViewModel model)
    {
        var cancellationToken = HttpContext.RequestAborted;
        model.Request = await db.PersonalDataRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (model.Request is null)
        {
            return false;
        }

        model.Person = model.Request.PersonId is { } personId ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) : null;
        model.AccountEmail = model.Request.UserId is { } userId
            ? await core.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        return true;
    }
}
