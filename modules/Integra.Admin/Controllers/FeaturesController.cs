using Integra.Admin.ViewModels;
using Integra.Core.Data;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Integra.Admin.Controllers;

/// <summary>Switches features on and off at run time; the kernel pulls in dependencies and audits every change.</summary>
[Area("Integra.Admin")]
[Route("admin/features")]
[Permission(Permissions.ManageFeatures)]
public sealed class FeaturesController(
    ModuleCatalog catalog,
    FeatureState state,
    FeatureManager features,
    CoreDbContext db,
    IStringLocalizer<FeaturesController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        await state.RefreshAsync(db, cancellationToken);
        var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var matching = catalog.Features.Where(f => query is null || Matches(f, query)).ToList();
        var categories = matching
            .GroupBy(f => f.Category)
            .Select(g => new FeatureCategory(g.Key, g.OrderBy(f => T[f.Name].Value, StringComparer.CurrentCulture).Select(Row).ToList()))
            .OrderBy(c => T[c.Name].Value, StringComparer.CurrentCulture)
            .ToList();
        return View(new FeatureListViewModel(query, categories, matching.Count));
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(string id, string? q, CancellationToken cancellationToken)
    {
        try
        {
            var enabled = await features.EnableAsync([id], cancellationToken: cancellationToken);
            var name = NameOf(id);
            var alsoEnabled = enabled.Where(f => f.Id != id).Select(f => T[f.Name].Value).ToList();
            TempData["Notice"] = enabled.Count == 0 ? T["{0} was already enabled.", name].Value
                : alsoEnabled.Count == 0 ? T["Enabled {0}.", name].Value
                : T["Enabled {0}, together with the features it needs: {1}.", name, string.Join(", ", alsoEnabled)].Value;
        }
        catch (FeatureChangeException e)
        {
            TempData["Error"] = Describe(e);
        }

        return RedirectToAction(nameof(Index), new { q });
    }

    /// <summary>
    /// Disables directly when nothing enabled depends on the feature; otherwise first shows which features
    /// would go down with it, and only a second post naming all of them (<paramref name="confirmed"/>) does it.
    /// </summary>
    [HttpPost("disable")]
    public async Task<IActionResult> Disable(string id, string? q, string[]? confirmed, CancellationToken cancellationToken)
    {
        await state.RefreshAsync(db, cancellationToken);
        var feature = catalog.Find(id);
        if (feature is { AlwaysEnabled: false })
        {
            var dependents = features.EnabledDependents([id]);
            if (dependents.Any(d => confirmed?.Contains(d.Id, StringComparer.Ordinal) != true))
            {
                return View("ConfirmDisable", new DisableConfirmationViewModel(Link(feature), dependents.Select(Link).ToList(), q));
            }
        }

        try
        {
            var disabled = await features.DisableAsync([id], cancellationToken: cancellationToken);
            var name = NameOf(id);
            var alsoDisabled = disabled.Where(f => f.Id != id).Select(f => T[f.Name].Value).ToList();
            TempData["Notice"] = disabled.Count == 0 ? T["{0} was already disabled.", name].Value
                : alsoDisabled.Count == 0 ? T["Disabled {0}.", name].Value
                : T["Disabled {0}, together with the features that depend on it: {1}.", name, string.Join(", ", alsoDisabled)].Value;
        }
        catch (FeatureChangeException e)
        {
            TempData["Error"] = Describe(e);
        }

        return RedirectToAction(nameof(Index), new { q });
    }

    /// <summary>The refusal in the staff member's language; feature names among its arguments are translated too.</summary>
    private string Describe(FeatureChangeException e) => T[e.Template, [.. e.Arguments.Select(a => a is string text ? T[text].Value : a)]].Value;

    private string NameOf(string id) => catalog.Find(id) is { } f ? T[f.Name].Value : id;

    private bool Matches(FeatureDescriptor feature, string query) =>
        new[] { feature.Id, feature.Name, feature.Description, T[feature.Name].Value, T[feature.Description].Value }
            .Any(text => text.Contains(query, StringComparison.CurrentCultureIgnoreCase));

    private FeatureRow Row(FeatureDescriptor feature) => new(
        feature.Id,
        feature.Name,
        feature.Description,
        feature.ModuleId,
        feature.ModuleName,
        feature.AlwaysEnabled ? FeatureStateLabel.AlwaysOn : state.IsEnabled(feature.Id) ? FeatureStateLabel.Enabled : FeatureStateLabel.Disabled,
        feature.Dependencies.Select(catalog.Find).OfType<FeatureDescriptor>().Select(Link).ToList(),
        catalog.Features.Where(f => f.Dependencies.Contains(feature.Id)).Select(Link).ToList());

    private static FeatureLink Link(FeatureDescriptor feature) => new(feature.Id, feature.Name);
}
