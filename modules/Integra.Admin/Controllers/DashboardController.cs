using System.Security.Claims;
using Integra.Admin.Services;
using Integra.Admin.ViewModels;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Navigation;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Integra.Admin.Controllers;

[Area("Integra.Admin")]
[Route("admin")]
[Permission(Permissions.AccessAdmin)]
public sealed class DashboardController(
    CoreDbContext db,
    ModuleCatalog catalog,
    FeatureState state,
    PermissionService permissions,
    AdminMenuService menu,
    SiteClock clock) : Controller
{
    private const int RecentAuditEntries = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        await state.RefreshAsync(db, cancellationToken);
        var zone = await clock.GetZoneAsync(cancellationToken);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var displayName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var current = await db.Phases.AsNoTracking().Where(p => p.LastAppliedUtc != null)
            .OrderByDescending(p => p.LastAppliedUtc).FirstOrDefaultAsync(cancellationToken);

        IReadOnlyList<AuditRow>? recent = null;
        if (await permissions.HasPermissionAsync(User, Permissions.ViewAuditLog, cancellationToken))
        {
            recent = (await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Utc).ThenByDescending(a => a.Id).Take(RecentAuditEntries).ToListAsync(cancellationToken))
                .Select(a => AuditRow.From(a, zone)).ToList();
        }

        return View(new DashboardViewModel(
            string.IsNullOrWhiteSpace(displayName) ? User.Identity?.Name ?? string.Empty : displayName,
            current?.Name,
            current?.LastAppliedUtc is { } applied ? SiteClock.ToLocal(applied, zone) : null,
            catalog.Features.Count(f => state.IsEnabled(f.Id)),
            catalog.Features.Count,
            await db.Users.CountAsync(cancellationToken),
            recent,
            await menu.BuildAsync(User, cancellationToken)));
    }
}
