using Integra.Cms.Services;
using Integra.Core.Audit;
using Integra.Core.Security;
using Integra.People.Data;
using Integra.People.Services;
using Integra.People.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.People.Controllers;

/// <summary>
/// The right of rectification: staff correct a person's record when the person asks (or a document shows it
/// wrong), always with a reason. The audit names the fields changed, never their values, and a correction that
/// makes the record match another person raises a duplicate flag like any new record.
/// </summary>
[Area(PeopleModule.Id)]
[Route("admin/people/{id:long}/edit")]
[Permission(Permissions.RectifyPeople)]
public sealed class RectifyController(
    PeopleDbContext db,
    ISensitiveDataLog sensitive,
    DuplicateDetector duplicates,
    SiteContent site,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<RectifyController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(long id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await EditableAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        var maySee = await sensitive.RevealAsync([person.Id], Present(person), Request.Path, cancellationToken);
        var model = new PersonCorrectionViewModel
        {
            Id = person.Id,
            FirstName = person.FirstName ?? string.Empty,
            LastName = person.LastName ?? string.Empty,
            BirthDate = person.BirthDate,
            Sex = person.Sex,
            Municipality = person.Municipality,
            Phone = person.Phone,
            Email = person.Email,
            PersonalNumber = maySee ? person.PersonalNumber : null,
            ReturnStatus = maySee ? person.ReturnStatus : null,
            MaySeeSensitive = maySee,
        };
        return View(await WithListsAsync(model, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(long id, PersonCorrectionViewModel model)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await EditableAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        model.Id = id;
        model.MaySeeSensitive = await sensitive.MaySeeAsync(cancellationToken);
        Validate(await WithListsAsync(model, cancellationToken));
        if (!ModelState.IsValid)
        {
            return View(nameof(Edit), model);
        }

        var changed = new List<string>();
        Change(changed, "first name", person.FirstName, model.FirstName.Trim(), v => person.FirstName = v);
        Change(changed, "last name", person.LastName, model.LastName.Trim(), v => person.LastName = v);
        Change(changed, "birth date", person.BirthDate, model.BirthDate, v => person.BirthDate = v);
        Change(changed, "sex", person.Sex, Blank(model.Sex), v => person.Sex = v);
        Change(changed, "municipality", person.Municipality, Blank(model.Municipality), v => person.Municipality = v);
        Change(changed, "phone", person.Phone, Blank(model.Phone), v => person.Phone = v);
        Change(changed, "e-mail", person.Email, Blank(model.Email), v => person.Email = v);
        if (model.MaySeeSensitive)
        {
            Change(changed, "personal number", person.PersonalNumber, Blank(model.PersonalNumber), v => person.PersonalNumber = v);
            Change(changed, "return status", person.ReturnStatus, Blank(model.ReturnStatus), v => person.ReturnStatus = v);
        }

        if (changed.Count == 0)
        {
            TempData["Notice"] = t["Nothing was changed."].Value;
            return Redirect($"/admin/people/{id}");
        }

        person.SearchName = PersonNames.SearchText(person.FirstName, person.LastName);
        person.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync("People", "Person corrected", $"person {person.Id}", $"{string.Join(", ", changed)}: {model.Reason.Trim()}", cancellationToken);
        await duplicates.DetectAsync(person, cancellationToken);
        TempData["Notice"] = t["The record is corrected."].Value;
        return Redirect($"/admin/people/{id}");
    }

    /// <summary>Merged records point at their person and anonymised ones have nothing left to correct.</summary>
    private Task<Person?> EditableAsync(long id, CancellationToken cancellationToken) =>
        db.People.FirstOrDefaultAsync(p => p.Id == id && p.MergedIntoId == null && p.AnonymisedUtc == null, cancellationToken);

    private void Validate(PersonCorrectionViewModel model)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (model.BirthDate is { } birth && (birth > today || birth.Year < 1900))
        {
            ModelState.AddModelError(nameof(model.BirthDate), t["Enter a birth date in the past."]);
        }

        if (model.Sex is not (null or "" or Sexes.Female or Sexes.Male))
        {
            ModelState.AddModelError(nameof(model.Sex), t["Choose a sex from the list."]);
        }

        if (model.ReturnStatus is not (null or "" or ReturnStatuses.Returnee or ReturnStatuses.LocalVulnerable))
        {
            ModelState.AddModelError(nameof(model.ReturnStatus), t["Choose a return status from the list."]);
        }

        if (model.Municipality is { Length: > 0 } code && !model.Municipalities.ContainsKey(code))
        {
            ModelState.AddModelError(nameof(model.Municipality), t["Choose a municipality from the list."]);
        }
    }

    private async Task<PersonCorrectionViewModel> WithListsAsync(PersonCorrectionViewModel model, CancellationToken cancellationToken)
    {
        model.Municipalities = await AdminPages.MunicipalitiesAsync(site, cancellationToken);
        return model;
    }

    private static List<string> Present(Person person) =>
        new[] { (SensitiveFields.PersonalNumber, person.PersonalNumber), (SensitiveFields.ReturnStatus, person.ReturnStatus) }
            .Where(f => f.Item2 is not null).Select(f => f.Item1).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Change<T>(List<string> changed, string name, T current, T proposed, Action<T> set)
    {
        if (!EqualityComparer<T>.Default.Equals(current, proposed))
        {
            set(proposed);
            changed.Add(name);
        }
    }
}
