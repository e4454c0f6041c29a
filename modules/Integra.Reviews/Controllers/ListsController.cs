using Integra.Applications;
using Integra.Applications.Data;
using Integra.Core.Audit;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Integra.Reviews.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Reviews.Controllers;

/// <summary>
/// The applications of a call for staff: filters, saved views, bulk actions and exports. Personal columns only for
/// holders of ViewPersonalData; exports only for holders of ExportApplications.
/// </summary>
[Route("admin/reviews/calls/{callSetupId:long}")]
public sealed class ListsController(
    ApplicationsDbContext applications,
    ReviewsDbContext db,
    ReviewCalls calls,
    ApplicantData applicants,
    ReviewService reviews,
    DecisionService decisions,
    SensitiveAccess sensitive,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<ListsController> T) : ReviewControllerBase
{
    public static readonly string[] ExportKinds = ["list", "scores", "ranking", "contacts"];

    [HttpGet("")]
    [Permission(Permissions.ViewApplications)]
    public async Task<IActionResult> Index(long callSetupId, ListFilter filter)
    {
        var call = await CallAsync(callSetupId);
        if (call is null)
        {
            return NotFound();
        }

        var personal = await MayAsync(Permissions.ViewPersonalData);
        var (rows, _) = await RowsAsync(call, filter, personal);
        return View(new ListViewModel(call, filter, rows, await MunicipalitiesAsync(),
            await db.SavedViews.AsNoTracking().Where(v => v.UserId == UserId && v.CallSetupId == callSetupId).OrderBy(v => v.Name).ToListAsync(Aborted),
            personal, await MayAsync(Permissions.ExportApplications), await MayAsync(Permissions.ScreenApplications), await MayAsync(Permissions.ManageReviews)));
    }

    [HttpPost("views")]
    [Permission(Permissions.ViewApplications)]
    public async Task<IActionResult> SaveView(long callSetupId, string? name, ListFilter filter)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > ReviewLimits.ViewName)
        {
            return Done($"/admin/reviews/calls/{callSetupId}?{filter.ToQuery()}", T["Give the view a name of at most {0} characters.", ReviewLimits.ViewName]);
        }

        var existing = await db.SavedViews.FirstOrDefaultAsync(v => v.UserId == UserId && v.CallSetupId == callSetupId && v.Name == name, Aborted);
        if (existing is null)
        {
            db.SavedViews.Add(new SavedView { UserId = UserId, CallSetupId = callSetupId, Name = name, Query = filter.ToQuery(), CreatedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            existing.Query = filter.ToQuery();
        }

        await db.SaveChangesAsync(Aborted);
        return Done($"/admin/reviews/calls/{callSetupId}?{filter.ToQuery()}", null, T["The view \"{0}\" has been saved.", name]);
    }

    [HttpPost("views/{viewId:long}/delete")]
    [Permission(Permissions.ViewApplications)]
    public async Task<IActionResult> DeleteView(long callSetupId, long viewId)
    {
        var view = await db.SavedViews.FirstOrDefaultAsync(v => v.Id == viewId && v.UserId == UserId, Aborted);
        if (view is null)
        {
            return NotFound();
        }

        db.SavedViews.Remove(view);
        await db.SaveChangesAsync(Aborted);
        return Done($"/admin/reviews/calls/{callSetupId}", null, T["The view \"{0}\" has been deleted.", view.Name]);
    }

    [HttpPost("bulk")]
    [Permission(Permissions.ViewApplications)]
    public async Task<IActionResult> Bulk(long callSetupId, string? bulk, List<long> ids, string? reason, string? back)
    {
        var url = $"/admin/reviews/calls/{callSetupId}" + (back is { Length: > 0 } && back.StartsWith('?') ? back : "");
        if (ids.Count == 0)
        {
            return Done(url, T["Choose at least one application."]);
        }

        switch (bulk)
        {
            case "assign":
                if (!await MayAsync(Permissions.ManageReviews))
                {
                    return Forbid403();
                }

                var (assigned, shortOf) = await reviews.AssignInTurnAsync(callSetupId, ids, Aborted);
                return Done(url, shortOf > 0 ? T["{0} assignments made; {1} applications still lack evaluators: add evaluators to the pool.", assigned, shortOf].Value : null,
                    T["{0} assignments made, in turn.", assigned]);
            case "pass" or "fail":
                if (!await MayAsync(Permissions.ScreenApplications))
                {
                    return Forbid403();
                }

                var errors = new List<string>();
                foreach (var id in ids)
                {
                    var result = await decisions.ScreenAsync(callSetupId, id, bulk == "pass", reason, Aborted);
                    if (!result.Succeeded)
                    {
                        errors.Add(result.Error!);
                    }
                }

                return Done(url, errors.Count > 0 ? T["{0} of {1} applications could not be screened: {2}", errors.Count, ids.Count, string.Join(" ", errors.Distinct())].Value : null,
                    T["{0} applications screened.", ids.Count]);
            default:
                return Done(url, T["Choose an action."]);
        }
    }

    [HttpGet("export")]
    [Permission(Permissions.ExportApplications)]
    public async Task<IActionResult> Export(long callSetupId, string? kind, string? format, ListFilter filter)
    {
        var call = await CallAsync(callSetupId);
        if (call is null || kind is null || !ExportKinds.Contains(kind) || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }

        var personal = await MayAsync(Permissions.ViewPersonalData);
        var (rows, _) = await RowsAsync(call, filter, personal);
        _sensitive = personal && await sensitive.MaySeeAsync(Aborted);
        if (_sensitive && kind != "scores")
        {
            await sensitive.RevealAsync([.. rows.Select(r => r.Application)], call.Title, $"export {kind}", Aborted);
        }

        var table = kind switch
        {
            "scores" => await ScoreSheetAsync(call, rows, personal),
            "ranking" => Ranking(rows, personal),
            "contacts" => Contacts(rows, personal),
            _ => List(rows, personal),
        };
        await audit.WriteAsync(ReviewsModule.Id, "review.export", call.Title, $"{kind}.{format}, {rows.Count} rows" + (personal ? ", with personal data" : ""), Aborted);
        var name = $"{call.Setup.Component}-{call.Setup.CallNumber}-{kind}-{clock.GetUtcNow():yyyyMMdd}";
        return format == "csv"
            ? File(Exports.Csv(table), "text/csv; charset=utf-8", name + ".csv")
            : File(await Exports.XlsxAsync(table, kind, Aborted), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private IActionResult Forbid403() => StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);

    private async Task<(IReadOnlyList<ListRow> Rows, int Total)> RowsAsync(ReviewCall call, ListFilter filter, bool personal)
    {
        var query = applications.Applications.AsNoTracking().Where(a => a.CallSetupId == call.Setup.Id && a.Status != ApplicationStatus.Draft);
        if (Enum.TryParse<ApplicationStatus>(filter.Status, out var status))
        {
            query = query.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Municipality))
        {
            query = query.Where(a => a.Municipality == filter.Municipality);
        }

        // Scores are decimals, which SQLite cannot compare in SQL: the score range applies to the call's list in memory.
        var list = (await query.OrderBy(a => a.Id).ToListAsync(Aborted))
            .Where(a => filter.MinScore is null || a.FinalScore >= filter.MinScore)
            .Where(a => filter.MaxScore is null || a.FinalScore <= filter.MaxScore)
            .ToList();
        var contacts = personal ? await applicants.ContactsAsync(list, id => calls.FormAsync(id, Aborted), Aborted) : null;
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            var matching = new List<Application>();
            foreach (var application in list)
            {
                var text = string.Join(' ', application.Reference, contacts?.GetValueOrDefault(application.Id)?.Name,
                    ApplicantData.SearchText(application, await calls.FormAsync(application.FormVersionId, Aborted), personal));
                if (text.Contains(q, StringComparison.CurrentCultureIgnoreCase))
                {
                    matching.Add(application);
                }
            }

            list = matching;
        }

        var municipalities = await MunicipalitiesAsync();
        return (list.Select(a => new ListRow(a, contacts?.GetValueOrDefault(a.Id), a.Municipality is { } m ? municipalities.GetValueOrDefault(m, m) : null)).ToList(), list.Count);
    }

    private bool _sensitive;

    /// <summary>The personal number is sensitive: its column only for those the registry lets see it.</summary>
    private string[] PersonalColumns() => _sensitive ? [T["Name"], T["Personal number"], T["Phone"], T["E-mail"]] : [T["Name"], T["Phone"], T["E-mail"]];

    private object?[] PersonalValues(ListRow row) => _sensitive
        ? [row.Contact?.Name, row.Contact?.PersonalNumber, row.Contact?.Phone, row.Contact?.Email]
        : [row.Contact?.Name, row.Contact?.Phone, row.Contact?.Email];

    private ExportTable List(IReadOnlyList<ListRow> rows, bool personal) => new(
        [T["Reference"], T["Status"], T["Municipality"], T["Submitted"], T["Final score"], T["Reason"], .. personal ? PersonalColumns() : []],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Application.Reference, T[StatusText.Of(r.Application.Status)].Value, r.MunicipalityName, r.Application.SubmittedUtc, r.Application.FinalScore, r.Application.DecisionReason, .. personal ? PersonalValues(r) : []])]);

    private ExportTable Ranking(IReadOnlyList<ListRow> rows, bool personal)
    {
        var ordered = rows.Where(r => r.Application.FinalScore is not null)
            .OrderByDescending(r => r.Application.FinalScore)
            .ThenBy(r => r.Application.SubmittedUtc)
            .ToList();
        return new(
            [T["Rank"], T["Reference"], T["Municipality"], T["Final score"], T["Status"], T["Reason"], .. personal ? PersonalColumns() : []],
            [.. ordered.Select((r, i) => (IReadOnlyList<object?>)[i + 1, r.Application.Reference, r.MunicipalityName, r.Application.FinalScore, T[StatusText.Of(r.Application.Status)].Value, r.Application.DecisionReason, .. personal ? PersonalValues(r) : []])]);
    }

    private ExportTable Contacts(IReadOnlyList<ListRow> rows, bool personal) => new(
        [T["Reference"], T["Status"], T["Municipality"], T["Language"], .. personal ? PersonalColumns() : []],
        [.. rows.Select(r => (IReadOnlyList<object?>)[r.Application.Reference, T[StatusText.Of(r.Application.Status)].Value, r.MunicipalityName, r.Application.Culture, .. personal ? PersonalValues(r) : []])]);

    private async Task<ExportTable> ScoreSheetAsync(ReviewCall call, IReadOnlyList<ListRow> rows, bool personal)
    {
        var ids = rows.Select(r => r.Application.Id).ToList();
        var assignments = (await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.ApplicationId)).OrderBy(a => a.Id).ToListAsync(Aborted)).ToLookup(a => a.ApplicationId);
        var columns = new List<string> { T["Reference"], T["Municipality"], T["Evaluator"], T["Declaration"] };
        columns.AddRange(call.Criteria.Select(c => c.Name.In(Culture)));
        columns.AddRange([T["Total"], T["Final score"]]);
        if (personal)
        {
            columns.Add(T["Name"]);
        }

        var table = new List<IReadOnlyList<object?>>();
        foreach (var row in rows)
        {
            foreach (var a in assignments[row.Application.Id])
            {
                var points = ReviewService.Points(a);
                var values = new List<object?>
                {
                    row.Application.Reference,
                    row.MunicipalityName,
                    a.EvaluatorName,
                    a.Declaration switch { Declaration.Conflict => T["Conflict of interest"].Value, Declaration.NoConflict => T["No conflict"].Value, _ => T["Not declared"].Value },
                };
                values.AddRange(call.Criteria.Select(c => (object?)(points.TryGetValue(c.Key, out var p) && a.SubmittedUtc is not null ? p : null)));
                values.AddRange([a.SubmittedUtc is null ? null : a.Total, row.Application.FinalScore]);
                if (personal)
                {
                    values.Add(row.Contact?.Name);
                }

                table.Add(values);
            }
        }

        return new ExportTable(columns, table);
    }
}
