using System.Text.RegularExpressions;
using Integra.Admin.Services;
using Integra.Admin.ViewModels;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Admin.Controllers;

/// <summary>Named feature sets that follow the project's timeline: edited here, applied in one step after a preview.</summary>
[Area("Integra.Admin")]
[Route("admin/phases")]
[Permission(Permissions.ManageFeatures)]
public sealed partial class PhasesController(
    PhaseService phases,
    ModuleCatalog catalog,
    FeatureState state,
    CoreDbContext db,
    SiteClock clock,
    IStringLocalizer<PhasesController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var zone = await clock.GetZoneAsync(cancellationToken);
        var all = await phases.ListAsync(cancellationToken);
        var current = all.Where(p => p.LastAppliedUtc is not null).MaxBy(p => p.LastAppliedUtc)?.Id;
        return View(new PhaseListViewModel(all.Select(p => new PhaseRow(
            p.Id,
            p.Name,
            p.Description,
            p.Order,
            p.FeatureIds.Select(id => new PhaseFeature(id, catalog.Find(id)?.Name)).ToList(),
            p.LastAppliedUtc is { } applied ? SiteClock.ToLocal(applied, zone) : null,
            p.Id == current)).ToList()));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var nextOrder = (await phases.ListAsync(cancellationToken)).Select(p => p.Order).DefaultIfEmpty(0).Max() + 1;
        return EditView(new PhaseEditViewModel { Order = nextOrder });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var phase = await FindAsync(id, cancellationToken);
        if (phase is null)
        {
            return NotFound();
        }

        return EditView(new PhaseEditViewModel
        {
            Id = phase.Id,
            Name = phase.Name,
            Description = phase.Description,
            Order = phase.Order,
            Features = phase.FeatureIds.Where(fid => catalog.Find(fid) is not null).ToList(),
            OtherFeatures = string.Join('\n', phases.NotInstalled(phase)),
        });
    }

    [HttpPost("new")]
    public Task<IActionResult> Create(PhaseEditViewModel model, CancellationToken cancellationToken)
    {
        model.Id = 0;
        return SaveAsync(model, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PhaseEditViewModel model, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        model.Id = id;
        return await SaveAsync(model, cancellationToken);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } phase ? View(new PhaseDeleteViewModel(phase.Id, phase.Name)) : NotFound();

    [HttpPost("{id:int}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var phase = await FindAsync(id, cancellationToken);
        if (phase is null)
        {
            return NotFound();
        }

        await phases.DeleteAsync(id, cancellationToken);
        TempData["Notice"] = T["Deleted the phase “{0}”. The features stay as they are.", phase.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>What applying the phase would change, with a button that does it.</summary>
    [HttpGet("{id:int}/apply")]
    public async Task<IActionResult> Apply(int id, CancellationToken cancellationToken)
    {
        var phase = await FindAsync(id, cancellationToken);
        if (phase is null)
        {
            return NotFound();
        }

        await state.RefreshAsync(db, cancellationToken);
        var plan = await phases.PlanAsync(phase, cancellationToken);
        return View(new PhaseApplyViewModel(phase.Id, phase.Name, plan.ToEnable.Select(Link).ToList(), plan.ToDisable.Select(Link).ToList(), phases.NotInstalled(phase)));
    }

    [HttpPost("{id:int}/apply")]
    [ActionName(nameof(Apply))]
    public async Task<IActionResult> ApplyConfirmed(int id, CancellationToken cancellationToken)
    {
        var phase = await FindAsync(id, cancellationToken);
        if (phase is null)
        {
            return NotFound();
        }

        try
        {
            var plan = await phases.ApplyAsync(id, cancellationToken);
            var changes = new List<string>();
            if (plan.ToEnable.Count > 0)
            {
                changes.Add(T["Enabled: {0}.", string.Join(", ", plan.ToEnable.Select(f => T[f.Name].Value))].Value);
            }

            if (plan.ToDisable.Count > 0)
            {
                changes.Add(T["Disabled: {0}.", string.Join(", ", plan.ToDisable.Select(f => T[f.Name].Value))].Value);
            }

            TempData["Notice"] = T["Applied the phase “{0}”.", phase.Name].Value + " "
                + (changes.Count == 0 ? T["No feature needed to change."].Value : string.Join(" ", changes));
        }
        catch (FeatureChangeException e)
        {
            TempData["Error"] = T[e.Template, [.. e.Arguments.Select(a => a is string text ? T[text].Value : a)]].Value;
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(PhaseEditViewModel model, CancellationToken cancellationToken)
    {
        var installed = model.Features.Where(fid => catalog.Find(fid) is not null).ToList();
        var others = (model.OtherFeatures ?? string.Empty)
            .Split(['\n', '\r', ',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        foreach (var invalid in others.Where(o => !FeatureId().IsMatch(o)).Distinct(StringComparer.Ordinal))
        {
            ModelState.AddModelError(nameof(model.OtherFeatures), T["“{0}” is not a feature id: use letters, digits, dots, hyphens and underscores.", invalid]);
        }

        var name = model.Name?.Trim() ?? string.Empty;
        if (name.Length > 0 && await db.Phases.AnyAsync(p => p.Name == name && p.Id != model.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Name), T["There is already a phase with this name."]);
        }

        if (!ModelState.IsValid)
        {
            return EditView(model);
        }

        await phases.SaveAsync(new PhaseRecord
        {
            Id = model.Id,
            Name = name,
            Description = model.Description,
            Order = model.Order,
            Features = string.Join('\n', installed.Concat(others)),
        }, cancellationToken);
        TempData["Notice"] = T["Saved the phase “{0}”.", name].Value;
        return RedirectToAction(nameof(Index));
    }

    private IActionResult EditView(PhaseEditViewModel model)
    {
        model.Available = catalog.Features
            .Where(f => !f.AlwaysEnabled)
            .GroupBy(f => f.Category)
            .Select(g => new FeatureChoices(g.Key, g.OrderBy(f => T[f.Name].Value, StringComparer.CurrentCulture).Select(Link).ToList()))
            .OrderBy(c => T[c.Category].Value, StringComparer.CurrentCulture)
            .ToList();
        return View("Edit", model);
    }

    private Task<PhaseRecord?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Phases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static FeatureLink Link(FeatureDescriptor feature) => new(feature.Id, feature.Name);

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,200}$")]
    private static partial Regex FeatureId();
}
