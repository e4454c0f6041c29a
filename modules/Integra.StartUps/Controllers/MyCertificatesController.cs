using System.Security.Claims;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Integra.StartUps.Controllers;

/// <summary>A trainee's own training certificates in their account; anyone else's certificate is not found.</summary>
[Area(StartUpsModule.Id)]
[Authorize]
public sealed class MyCertificatesController(CertificateService certificates) : Controller
{
    [HttpGet("/{culture:culture}/account/certificates")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = await certificates.OfUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        return View(new MyCertificatesViewModel(mine));
    }

    [HttpGet("/{culture:culture}/account/certificates/{beneficiaryId:long}")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Download(long beneficiaryId, CancellationToken cancellationToken)
    {
        if (!(await certificates.OfUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken)).Any(b => b.Id == beneficiaryId)
            || await certificates.RenderAsync(beneficiaryId, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }

        return File(certificate.Pdf, "application/pdf", certificate.FileName);
    }
}
