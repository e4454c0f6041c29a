using Integra.TestModule.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Integra.TestModule.Controllers;

[Area(NoticeBoardModule.Id)]
public sealed class NoticesController(NoticesDbContext db) : Controller
{
    [HttpGet("/{culture:culture}/notices")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Notices.AsNoTracking().OrderByDescending(n => n.Pinned).ThenByDescending(n => n.PublishedUtc).ThenBy(n => n.Id).ToListAsync(cancellationToken));
}
