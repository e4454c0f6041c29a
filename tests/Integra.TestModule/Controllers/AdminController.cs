using Integra.Core.Security;
using Integra.TestModule.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.TestModule.Controllers;

[Area(NoticeBoardModule.Id)]
[Route("admin/notices")]
[Permission(Permissions.ManageNotices)]
public sealed class AdminController(NoticesDbContext db, IStringLocalizer<AdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Notices.AsNoTracking().OrderByDescending(n => n.Pinned).ThenByDescending(n => n.PublishedUtc).ThenBy(n => n.Id).ToListAsync(cancellationToken));

    [HttpPost("{id:int}/pin")]
    public async Task<IActionResult> Pin(int id, CancellationToken cancellationToken)
    {
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return NotFound();
        }

        notice.Pinned = !notice.Pinned;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = notice.Pinned ? t["Notice pinned."].Value : t["Notice unpinned."].Value;
        return RedirectToAction(nameof(Index));
    }
}
