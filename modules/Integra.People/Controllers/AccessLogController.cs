using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Integra.People.Controllers;

/// <summary>Who read which sensitive fields of whom, when and where: for the data protection officer.</summary>
[Area(PeopleModule.Id)]
[Route("admin/people/access-log")]
[Permission(Permissions.ApprovePersonalDataRequests)]
public sealed class AccessLogController(PeopleDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(long? person, int page = 1)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var query = db.SensitiveDataAccesses.AsNoTracking();
        if (person is { } personId)
        {
            query = query.Where(a => a.PersonId == personId);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = AdminPages.PageCount(total);
        page = Math.Clamp(page, 1, pageCount);
        var entries = await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * AdminPages.PageSize).Take(AdminPages.PageSize).ToListAsync(cancellationToken);
        return View(new AccessLogViewModel(person, entries, page, pageCount, total));
    }
}
