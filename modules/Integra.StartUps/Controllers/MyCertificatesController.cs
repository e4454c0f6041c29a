using System.Security.Claims;
using Integra.People.Services;
using Integra.StartUps.Data;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Integra.StartUps.Controllers;

/// <summary>A trainee's own training certificates in their account; anyone else's certificate is not found.</summary>
[Area(StartUpsModule.Id)]
[Authorize]
public sealed class MyCertificatesController(StartUpsDbContext db, IPersonRegistry people, CertificateService certificates) : Controller
{
    [HttpGet("/{culture:culture}/account/certificates")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = await MineAsync(cancellationToken);
        return View(new MyCertificatesViewModel(mine));
    }

    [HttpGet("/{culture:culture}/account/certificates/{beneficiaryId:long}")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Download(long beneficiaryId, CancellationToken cancellationToken)
    {
        if (!(await MineAsync(cancellationToken)).Any(b => b.Id == beneficiaryId)
            || await certificates.RenderAsync(beneficiaryId, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }

        return File(certificate.Pdf, "application/pdf", certificate.FileName);
    }

    /// <summary>The signed-in person's places in component 2 whose training was recorded complete.</summary>
    private async Task<IReadOnlyList<Beneficiary>> MineAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || await people.FindByUserAsync(userId, cancellationToken) is not { } person)
        {
            return [];
        }

        return await db.Beneficiaries.AsNoTracking()
            .Where(b => b.PersonId == person.Id && db.BeneficiaryEvents.Any(e => e.BeneficiaryId == b.Id && e.Trigger == BeneficiaryTrigger.CompleteTraining))
            .OrderBy(b => b.Id)
            .ToListAsync(cancellationToken);
    }
}
