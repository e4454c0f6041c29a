using Integra.Core.Data;
using Integra.Core.Modules;
using Integra.Core.Security;
using Integra.Users.Services;
using Integra.Users.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Users.Controllers;

/// <summary>The roles screen: which permissions of the enabled features each role holds.</summary>
[Area("Integra.Users")]
[Route("admin/roles")]
[Permission(Permissions.ManageRoles)]
public sealed class RolesController(
    CoreDbContext db,
    PermissionService permissions,
    ModuleCatalog catalog,
    IStringLocalizer<RolesController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var roles = await db.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var members = await db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var grants = await db.RoleClaims.Where(rc => rc.ClaimType == Roles.PermissionClaimType).GroupBy(rc => rc.RoleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var enabledCount = EnabledPermissions().Count;
        return View(roles
            .OrderBy(r => RoleOrder.Rank(r.Name!))
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RoleRow(r.Id, r.Name!, r.Description, members.GetValueOrDefault(r.Id),
                r.Name == Roles.Administrator ? enabledCount : grants.GetValueOrDefault(r.Id), r.Name == Roles.Administrator))
            .ToList());
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var role = await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (role is null)
        {
            return NotFound();
        }

        var granted = await permissions.GrantedToRoleAsync(id, HttpContext.RequestAborted);
        var groups = EnabledPermissions()
            .GroupBy(p => p.Permission.Category)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new PermissionGroup(g.Key, g
                .Select(p => new PermissionRow(p.Permission.Name, p.Permission.Description, p.Feature, granted.Contains(p.Permission.Name)))
                .OrderBy(p => p.Feature, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.Ordinal)
                .ToList()))
            .ToList();
        return View(new RolePermissionsViewModel(role.Id, role.Name!, role.Description, role.Name == Roles.Administrator, groups));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, List<string> granted)
    {
        var role = await db.Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (role is null)
        {
            return NotFound();
        }

        if (role.Name == Roles.Administrator)
        {
            TempData["Error"] = t["Administrators hold every permission; their role cannot be changed."].Value;
            return Redirect($"/admin/roles/{id}");
        }

        // Only the permissions shown are replaced: grants of disabled features wait, unchanged, for their return.
        var managed = EnabledPermissions().Select(p => p.Permission.Name).ToHashSet(StringComparer.Ordinal);
        await permissions.SetGrantsAsync(id, managed, granted.ToHashSet(StringComparer.Ordinal), HttpContext.RequestAborted);
        TempData["Notice"] = t["The permissions of {0} have been saved.", t[role.Name!]].Value;
        return Redirect($"/admin/roles/{id}");
    }

    private List<(string Feature, Permission Permission)> EnabledPermissions() =>
        permissions.EnabledPermissions(catalog)
            .DistinctBy(p => p.Permission.Name, StringComparer.Ordinal)
            .Select(p => (p.Feature?.Name ?? string.Empty, p.Permission))
            .ToList();
}
