using Integra.Core.Security;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Controllers;

/// <summary>Component 2's calls on the engine: making a call a grant or business plan call with the component's defaults, and its settings.</summary>
[Route("admin/startups/calls")]
[Permission(Permissions.ManageBeneficiaries)]
public sealed class CallsController(StartUpCalls calls, IStringLocalizer<CallsController> T) : StartUpsControllerBase
{
    private const string Home = "/admin/startups/calls";

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new CallsViewModel(await calls.ListAsync(Aborted)));

    [HttpPost("{callSetupId:long}/grant")]
    public async Task<IActionResult> UseAsGrant(long callSetupId) =>
        await calls.UseAsGrantCallAsync(callSetupId, Aborted)
            ? Done($"{Home}/{callSetupId}", null, T["The call is now a component 2 grant call with the component's defaults."])
            : NotFound();

    [HttpPost("{callSetupId:long}/plan")]
    public async Task<IActionResult> UseAsPlan(long callSetupId, long grantCallSetupId) =>
        await calls.UseAsPlanCallAsync(callSetupId, grantCallSetupId, Aborted)
            ? Done($"{Home}/{callSetupId}", null, T["The call is now the business plan stage of the chosen grant call."])
            : Done(Home, T["Choose a grant call set up with the component's defaults."]);

    [HttpGet("{callSetupId:long}")]
    public async Task<IActionResult> Settings(long callSetupId)
    {
        var call = await calls.GetAsync(callSetupId, Aborted);
        if (call is null)
        {
            return NotFound();
        }

        if (call.Settings is null)
        {
            return Done(Home, T["Set the call up as a grant or business plan call first."]);
        }

        var grantCalls = (await calls.ListAsync(Aborted)).Where(c => c.Setup.CallType == StartUpCallTypes.Grant && c.Settings is not null).ToList();
        return View(new CallSettingsViewModel(call, call.Settings, StartUpCalls.PrioritySectors(call.Settings), grantCalls));
    }

    [HttpPost("{callSetupId:long}")]
    public async Task<IActionResult> Settings(long callSetupId, CallSettingsForm form)
    {
        if (form.GrantTotal <= 0 || form.ProjectInKind < 0 || form.BeneficiaryShare < 0 || form.MunicipalShare < 0
            || form.ProjectInKind + form.BeneficiaryShare + form.MunicipalShare != form.GrantTotal)
        {
            return Done($"{Home}/{callSetupId}", T["The shares in kind, of the beneficiary and of the municipality must add up to the grant per business."]);
        }

        if (form.CompletionPercent is < 1 or > 100)
        {
            return Done($"{Home}/{callSetupId}", T["The completion rule is a share of sessions from 1 to 100 percent."]);
        }

        var saved = await calls.SaveAsync(callSetupId, form.Revision, form.GrantTotal, form.ProjectInKind, form.BeneficiaryShare, form.MunicipalShare, form.PrioritySectors, form.CompletionPercent, Aborted);
        return Done($"{Home}/{callSetupId}", saved ? null : T["Someone else changed these settings meanwhile. Reload the page and try again."].Value, T["Settings saved."]);
    }
}
