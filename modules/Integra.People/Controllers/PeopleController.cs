using Integra.Cms.Services;
using Integra.Core.Features;
using Integra.Core.Modules;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Integra.People.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.People.Controllers;

/// <summary>The registry: find a person, see their details and their history across components.</summary>
[Area(PeopleModule.Id)]
[Route("admin/people")]
[Permission(Permissions.ViewPeople)]
public sealed class PeopleController(
    PeopleDbContext db,
    ISensitiveDataLog sensitive,
    PersonalDataService personalData,
    SiteContent site,
    PermissionService permissions,
    FeatureContributions contributions,
    FeatureState state,
    IServiceProvider services,
    IStringLocalizer<PeopleController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? municipality, string? sex, string? returnStatus, int page = 1)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var maySeeSensitive = await sensitive.MaySeeAsync(cancellationToken);
        var query = db.People.AsNoTracking().Where(p => p.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
            if (maySeeSensitive && digits.Length >= 4 && digits.Length == term.Length)
            {
                // Searching by personal number would confirm a number to someone who may not see it.
                query = query.Where(p => p.PersonalNumber != null && p.PersonalNumber.StartsWith(digits));
            }
            else
            {
                foreach (var word in PersonNames.Normalize(term).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    query = query.Where(p => p.SearchName != null && p.SearchName.Contains(word));
                }
            }
        }

        if (!string.IsNullOrEmpty(municipality))
        {
            query = query.Where(p => p.Municipality == municipality);
        }

        if (sex is Sexes.Female or Sexes.Male)
        {
            query = query.Where(p => p.Sex == sex);
        }

        if (maySeeSensitive && returnStatus is ReturnStatuses.Returnee or ReturnStatuses.LocalVulnerable)
        {
            query = query.Where(p => p.ReturnStatus == returnStatus);
        }
        else
        {
            returnStatus = null;
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = AdminPages.PageCount(total);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .Skip((page - 1) * AdminPages.PageSize).Take(AdminPages.PageSize)
            .Select(p => new PersonRow(p.Id, p.FirstName, p.LastName, p.BirthDate, p.Sex, p.Municipality, p.AnonymisedUtc != null,
                db.DuplicateFlags.Any(f => f.Status == DuplicateStatus.Open && (f.PersonId == p.Id || f.OtherPersonId == p.Id))))
            .ToListAsync(cancellationToken);
        return View(new PersonListViewModel(q, municipality, sex, returnStatus, maySeeSensitive, await AdminPages.MunicipalitiesAsync(site, cancellationToken), page, pageCount, total, rows));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        var shown = new List<string>();
        AddIfPresent(shown, SensitiveFields.PersonalNumber, person.PersonalNumber);
        AddIfPresent(shown, SensitiveFields.ReturnStatus, person.ReturnStatus);
        AddIfPresent(shown, SensitiveFields.Ethnicity, person.Ethnicity);
        AddIfPresent(shown, SensitiveFields.Disability, person.Disability?.ToString());
        var revealed = await sensitive.RevealAsync([person.Id], shown, Request.Path, cancellationToken);

        var mergedInto = person.MergedIntoId is { } target ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == target, cancellationToken) : null;
        var subject = await personalData.SubjectOfPersonAsync(person, cancellationToken);
        var history = new List<PersonHistoryEntry>();
        foreach (var provider in contributions.Enabled<IPersonHistoryProvider>(state, services))
        {
            history.AddRange(await provider.GetHistoryAsync(subject, cancellationToken));
        }

        var flags = await db.DuplicateFlags.AsNoTracking()
            .Where(f => f.Status == DuplicateStatus.Open && (f.PersonId == id || f.OtherPersonId == id))
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var municipalities = await AdminPages.MunicipalitiesAsync(site, cancellationToken);
        return View(new PersonViewModel(
            person,
            person.Municipality is { } code ? municipalities.GetValueOrDefault(code, code) : null,
            Sensitive(person.PersonalNumber, revealed),
            Sensitive(person.ReturnStatus, revealed),
            Sensitive(person.Ethnicity, revealed),
            Sensitive(person.Disability?.ToString(), revealed),
            mergedInto,
            subject.PersonIds.Where(p => p != person.Id).ToList(),
            flags,
            history.OrderByDescending(h => h.StartedUtc).ToList())
        {
            MayHandleRequests = person.MergedIntoId is null && person.AnonymisedUtc is null
                && await permissions.HasPermissionAsync(User, Permissions.ApprovePersonalDataRequests, cancellationToken),
            MayRectify = person.MergedIntoId is null && person.AnonymisedUtc is null
                && await permissions.HasPermissionAsync(User, Permissions.RectifyPeople, cancellationToken),
        });
    }

    /// <summary>The person's data as they would download it themselves, for a person who asked in person or on paper.</summary>
    [HttpGet("{id:long}/data")]
    [Permission(Permissions.ApprovePersonalDataRequests)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Download(long id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.MergedIntoId == null, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        var subject = await personalData.SubjectOfPersonAsync(person, cancellationToken);
        return File(await ArchiveFile.WriteAsync(personalData, subject, cancellationToken), "application/zip", $"integra-person-{id}.zip");
    }

    /// <summary>Records an erasure request that a person made in person or on paper; it is decided like any other.</summary>
    [HttpPost("{id:long}/erasure-request")]
    [Permission(Permissions.ApprovePersonalDataRequests)]
    public async Task<IActionResult> RequestErasure(long id, string? reason)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.MergedIntoId == null && p.AnonymisedUtc == null, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > PersonLimits.Reason)
        {
            TempData["Error"] = t["Write down the reason the person gave (at most {0} characters).", PersonLimits.Reason].Value;
            return Redirect($"/admin/people/{id}");
        }

        var request = await personalData.RequestErasureForPersonAsync(person, reason.Trim(), cancellationToken);
        return Redirect($"/admin/people/requests/{request.Id}");
    }

    private static void AddIfPresent(List<string> fields, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(field);
        }
    }

    private static SensitiveValue Sensitive(string? value, bool revealed) =>
        string.IsNullOrEmpty(value) ? new SensitiveValue(null, false) : revealed ? new SensitiveValue(value, false) : new SensitiveValue(null, true);
}
