using Integra.Cms.Services;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Integra.People.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.People.Controllers;

/// <summary>Possible duplicates: compare two records side by side, then merge them into one person or dismiss the flag.</summary>
[Area(PeopleModule.Id)]
[Route("admin/people/duplicates")]
[Permission(Permissions.MergePeople)]
public sealed class DuplicatesController(
    PeopleDbContext db,
    DuplicateDetector detector,
    PersonMerger merger,
    ISensitiveDataLog sensitive,
    SiteContent site,
    IStringLocalizer<DuplicatesController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DuplicateStatus status = DuplicateStatus.Open, int page = 1)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var query = db.DuplicateFlags.AsNoTracking().Where(f => f.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = AdminPages.PageCount(total);
        page = Math.Clamp(page, 1, pageCount);
        var flags = await query.OrderByDescending(f => f.CreatedUtc).ThenByDescending(f => f.Id)
            .Skip((page - 1) * AdminPages.PageSize).Take(AdminPages.PageSize).ToListAsync(cancellationToken);
        var ids = flags.SelectMany(f => new[] { f.PersonId, f.OtherPersonId }).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return View(new DuplicateListViewModel(
            status,
            flags.Select(f => new DuplicatePair(f, people.GetValueOrDefault(f.PersonId), people.GetValueOrDefault(f.OtherPersonId))).ToList(),
            await AdminPages.MunicipalitiesAsync(site, cancellationToken),
            page,
            pageCount,
            total));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var flag = await db.DuplicateFlags.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flag is null)
        {
            return NotFound();
        }

        var first = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == flag.PersonId, cancellationToken);
        var second = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == flag.OtherPersonId, cancellationToken);
        // Deciding whether two records are one person may need the personal number; the comparison shows it only to those allowed, and logs it.
        var maySee = await sensitive.RevealAsync(
            new[] { first, second }.Where(p => p?.PersonalNumber is not null).Select(p => p!.Id).ToList(),
            [SensitiveFields.PersonalNumber],
            Request.Path,
            cancellationToken);
        return View(new DuplicateViewModel(new DuplicatePair(flag, first, second), await AdminPages.MunicipalitiesAsync(site, cancellationToken), maySee));
    }

    [HttpPost("{id:long}/merge")]
    public async Task<IActionResult> Merge(long id, long survivor)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var flag = await db.DuplicateFlags.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.Status == DuplicateStatus.Open, cancellationToken);
        if (flag is null || (survivor != flag.PersonId && survivor != flag.OtherPersonId))
        {
            TempData["Error"] = t["This pair has already been resolved, or the record to keep was not chosen."].Value;
            return Redirect($"/admin/people/duplicates/{id}");
        }

        var other = survivor == flag.PersonId ? flag.OtherPersonId : flag.PersonId;
        if (!await merger.MergeAsync(survivor, other, User.Identity?.Name, cancellationToken))
        {
            TempData["Error"] = t["The records could not be merged: one of them was merged or removed in the meantime."].Value;
            return Redirect($"/admin/people/duplicates/{id}");
        }

        TempData["Notice"] = t["The records have been merged; the person keeps number {0}.", survivor].Value;
        return Redirect($"/admin/people/{survivor}");
    }

    [HttpPost("{id:long}/dismiss")]
    public async Task<IActionResult> Dismiss(long id)
    {
        var dismissed = await merger.DismissAsync(id, User.Identity?.Name, HttpContext.RequestAborted);
        TempData[dismissed ? "Notice" : "Error"] = dismissed
            ? t["The flag has been dismissed: these are two different people."].Value
            : t["This pair has already been resolved."].Value;
        return Redirect("/admin/people/duplicates");
    }

    [HttpPost("rescan")]
    public async Task<IActionResult> Rescan()
    {
        var found = await detector.RescanAsync(HttpContext.RequestAborted);
        TempData["Notice"] = t["The registry has been checked again: {0} new possible duplicates.", found].Value;
        return Redirect("/admin/people/duplicates");
    }
}
