using System.Security.Claims;
using Integra.People.Data;
using Integra.People.Services;
using Integra.People.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.People.Controllers;

/// <summary>A signed-in person's own data: download all of it, or ask for it to be erased.</summary>
[Area(PeopleModule.Id)]
[Authorize]
public sealed class MyDataController(
    PeopleDbContext db,
    IPersonRegistry registry,
    PersonalDataService personalData,
    IStringLocalizer<MyDataController> t) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("/{culture:culture}/account/my-data")]
    public async Task<IActionResult> Index() => View(await LoadAsync(new MyDataViewModel()));

    [HttpGet("/{culture:culture}/account/my-data/download")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Download()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var subject = await personalData.SubjectOfUserAsync(UserId, cancellationToken);
        return File(await ArchiveFile.WriteAsync(personalData, subject, cancellationToken), "application/zip", "integra-my-data.zip");
    }

    [HttpPost("/{culture:culture}/account/my-data/erasure")]
    public async Task<IActionResult> RequestErasure(MyDataViewModel model, string culture)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await LoadAsync(model));
        }

        await personalData.RequestErasureAsync(UserId, model.Reason.Trim(), HttpContext.RequestAborted);
        TempData["Notice"] = t["Your request has been received. Staff will decide on it and you will see the answer on this page."].Value;
        return Redirect($"/{culture}/account/my-data");
    }

    private async Task<MyDataViewModel> LoadAsync(MyDataViewModel model)
    {
        var cancellationToken = HttpContext.RequestAborted;
        model.Person = await registry.FindByUserAsync(UserId, cancellationToken);
        var requests = await db.PersonalDataRequests.AsNoTracking().Where(r => r.UserId == UserId).OrderByDescending(r => r.RequestedUtc).ToListAsync(cancellationToken);
        model.PendingRequest = requests.FirstOrDefault(r => r.Status == PersonalDataRequestStatus.Pending);
        model.DecidedRequests = requests.Where(r => r.Status != PersonalDataRequestStatus.Pending).ToList();
        return model;
    }
}
