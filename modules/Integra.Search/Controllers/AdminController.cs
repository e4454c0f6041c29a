using Integra.Core.Security;
using Integra.Search.Indexing;
using Integra.Search.Services;
using Integra.Search.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Integra.Search.Controllers;

[Area(SearchModule.Id)]
[Route("admin/search")]
[Permission(Permissions.ManageSearch)]
public sealed class AdminController(SearchRebuilder rebuilder, IndexingStatus status, IStringLocalizer<AdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new SearchAdminViewModel { Report = await rebuilder.ReportAsync(status, cancellationToken), Nodes = await rebuilder.NodesAsync(cancellationToken) });

    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild(CancellationToken cancellationToken)
    {
        var queued = await rebuilder.RebuildAsync(cancellationToken);
        TempData["Notice"] = t["The index was emptied and {0} published items were queued; every node indexes them within seconds.", queued].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("nodes/forget")]
    public async Task<IActionResult> Forget(string nodeId, CancellationToken cancellationToken)
    {
        if (await rebuilder.ForgetAsync(nodeId, cancellationToken))
        {
            TempData["Notice"] = t["Node {0} is forgotten. If it comes back, it empties its index and fills it again from the queue.", nodeId].Value;
        }
        else
        {
            TempData["Error"] = t["Node {0} cannot be forgotten: it is this node, or no longer listed.", nodeId].Value;
        }

        return RedirectToAction(nameof(Index));
    }
}
