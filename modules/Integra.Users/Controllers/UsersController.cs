using Integra.Core.Audit;
using Integra.Core.Data;
using Integra.Core.Security;
using Integra.Users.Services;
using Integra.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Users.Controllers;

/// <summary>The users screen: find, invite, assign roles, lock and unlock.</summary>
[Area("Integra.Users")]
[Route("admin/users")]
[Permission(Permissions.ManageUsers)]
public sealed class UsersController(
    CoreDbContext db,
    UserManager<IntegraUser> users,
    AccountEmails emails,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<UsersController> t) : Controller
{
    private const string AuditModule = "Users";
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? role, int page = 1)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || (u.DisplayName != null && u.DisplayName.ToUpper().Contains(term)));
        }

        if (!string.IsNullOrEmpty(role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(u => u.NormalizedEmail).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.EmailConfirmed, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name!);

        // Lockout ends are compared here rather than in SQL: SQLite cannot compare DateTimeOffset values.
        var now = clock.GetUtcNow();
        return View(new UserListViewModel(q, role, await RoleNamesAsync(cancellationToken), page, pageCount, total, rows.Select(r => new UserRow(
            r.Id, r.Email!, r.DisplayName, RoleOrder.Sort(roles[r.Id]),
            AccountLocks.IsLocked(r.LockoutEnd, now) ? r.LockoutEnd!.Value.UtcDateTime : null,
            r.EmailConfirmed, r.TwoFactorEnabled)).ToList()));
    }

    [HttpGet("invite")]
    public async Task<IActionResult> Invite() =>
        View(new InviteUserViewModel { AssignableRoles = await AssignableRolesAsync(HttpContext.RequestAborted) });

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteUserViewModel model)
    {
        var cancellationToken = HttpContext.RequestAborted;
        model.AssignableRoles = await AssignableRolesAsync(cancellationToken);
        var roles = model.Roles.Where(model.AssignableRoles.Contains).Distinct().ToList();
        if (roles.Count == 0)
        {
            ModelState.AddModelError(nameof(model.Roles), t["Choose at least one role."]);
        }

        if (ModelState.GetFieldValidationState(nameof(model.Email)) == ModelValidationState.Valid && await users.FindByEmailAsync(model.Email.Trim()) is not null)
        {
            ModelState.AddModelError(nameof(model.Email), t["An account with this e-mail address already exists."]);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var email = model.Email.Trim();
        var user = new IntegraUser
        {
            UserName = email,
            Email = email,
            // Staff vouch for the address; the invitation link proves it again when the password is chosen.
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(model.DisplayName) ? null : model.DisplayName.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var result = await users.CreateAsync(user);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, roles);
            }

            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(nameof(model.Email), error.Description);
                }

                return View(model);
            }

            await audit.WriteAsync(AuditModule, "User invited", email, $"Roles: {string.Join(", ", roles)}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await emails.SendInvitationAsync(user, cancellationToken);
        TempData["Notice"] = t["The invitation has been sent to {0}.", email].Value;
        return Redirect($"/admin/users/{user.Id}");
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var current = await users.GetRolesAsync(user);
        var assignable = await AssignableRolesAsync(HttpContext.RequestAborted);
        var now = clock.GetUtcNow();
        return View(new EditUserViewModel
        {
            Id = user.Id,
            Email = user.Email!,
            DisplayName = user.DisplayName,
            Roles = [.. current],
            AssignableRoles = assignable,
            FixedRoles = RoleOrder.Sort(current.Where(r => !assignable.Contains(r))),
            LockedUntilUtc = AccountLocks.IsLocked(user.LockoutEnd, now) ? user.LockoutEnd!.Value.UtcDateTime : null,
            AdministratorLock = AccountLocks.IsAdministratorLock(user.LockoutEnd, now),
            EmailConfirmed = user.EmailConfirmed,
            TwoFactorEnabled = user.TwoFactorEnabled,
            CreatedUtc = user.CreatedUtc,
            IsSelf = user.Id == users.GetUserId(User),
            CanEdit = MayChange(current),
        });
    }

    [HttpPost("{id}/roles")]
    public async Task<IActionResult> SaveRoles(string id, List<string> roles)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var current = await users.GetRolesAsync(user);
        if (!MayChange(current))
        {
            return Refuse(id, t["Only administrators can change an administrator's account."]);
        }

        var assignable = await AssignableRolesAsync(cancellationToken);
        var wanted = roles.Where(assignable.Contains).ToHashSet(StringComparer.Ordinal);
        var added = assignable.Where(r => wanted.Contains(r) && !current.Contains(r)).ToList();
        var removed = assignable.Where(r => !wanted.Contains(r) && current.Contains(r)).ToList();
        if (user.Id == users.GetUserId(User) && removed.Contains(Roles.Administrator))
        {
            return Refuse(id, t["You cannot take the Administrator role away from your own account."]);
        }

        if (added.Count + removed.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Check(await users.RemoveFromRolesAsync(user, removed));
            Check(await users.AddToRolesAsync(user, added));
            await audit.WriteAsync(AuditModule, "User roles changed", user.Email,
                $"Added: {string.Join(", ", added)}; removed: {string.Join(", ", removed)}", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData["Notice"] = t["The roles of {0} have been saved.", user.Email!].Value;
        return Redirect($"/admin/users/{id}");
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            return Refuse(id, t["You cannot lock your own account."]);
        }

        if (!MayChange(await users.GetRolesAsync(user)))
        {
            return Refuse(id, t["Only administrators can change an administrator's account."]);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, AccountLocks.AdministratorLockEnd(clock.GetUtcNow())));
            // A new security stamp ends the sessions the user already has open.
            Check(await users.UpdateSecurityStampAsync(user));
            await audit.WriteAsync(AuditModule, "User locked", user.Email, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData["Notice"] = t["{0} is locked and can no longer sign in.", user.Email!].Value;
        return Redirect($"/admin/users/{id}");
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!MayChange(await users.GetRolesAsync(user)))
        {
            return Refuse(id, t["Only administrators can change an administrator's account."]);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            await audit.WriteAsync(AuditModule, "User unlocked", user.Email, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData["Notice"] = t["{0} is unlocked and can sign in again.", user.Email!].Value;
        return Redirect($"/admin/users/{id}");
    }

    /// <summary>The Administrator role holds every permission: only administrators hand it out or change its holders.</summary>
    private bool MayChange(IEnumerable<string> rolesOfUser) => User.IsInRole(Roles.Administrator) || !rolesOfUser.Contains(Roles.Administrator);

    private async Task<IReadOnlyList<string>> AssignableRolesAsync(CancellationToken cancellationToken)
    {
        var all = await RoleNamesAsync(cancellationToken);
        return User.IsInRole(Roles.Administrator) ? all : all.Where(r => r != Roles.Administrator).ToList();
    }

    private async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken) =>
        RoleOrder.Sort(await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken));

    private RedirectResult Refuse(string id, string message)
    {
        TempData["Error"] = message;
        return Redirect($"/admin/users/{id}");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
