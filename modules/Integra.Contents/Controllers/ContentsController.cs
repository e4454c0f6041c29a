using System.Security.Claims;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Integra.Contents.Data;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Contents.ViewModels;
using Integra.Core.Features;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Integra.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ContentResult = Integra.Contents.Services.ContentResult;

namespace Integra.Contents.Controllers;

/// <summary>The content list, the editor, history and preview. Each action checks the item's type permissions.</summary>
[Area(ContentsModule.Id)]
[Route("admin/contents")]
[Permission(Permissions.ListContent)]
public sealed class ContentsController(
    IContentManager contents,
    ContentsDbContext db,
    PermissionService permissions,
    FeatureContributions contributions,
    FeatureState features,
    IStringLocalizer<ContentsController> t) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, string? status, string? culture, string? q, string? sort, int page = 1)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var types = contents.ContentTypes;
        var typeNames = types.Select(x => x.Name).ToList();
        var query = db.ContentItems.AsNoTracking().Where(x => x.Latest && typeNames.Contains(x.ContentType));
        if (!string.IsNullOrEmpty(type))
        {
            query = query.Where(x => x.ContentType == type);
        }

        culture = Cultures.Normalize(culture);
        if (culture is not null)
        {
            query = query.Where(x => x.Culture == culture);
        }

        query = status switch
        {
            "published" => query.Where(x => db.ContentItems.Any(p => p.ContentItemId == x.ContentItemId && p.Published)),
            "draft" => query.Where(x => !x.Published && x.PublishAtUtc == null),
            "scheduled" => query.Where(x => !x.Published && x.PublishAtUtc != null),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLower();
            query = query.Where(x => x.DisplayText.ToLower().Contains(term) || (x.Slug != null && x.Slug.Contains(term)));
        }

        sort = sort == "title" ? "title" : "modified";
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var ordered = sort == "title" ? query.OrderBy(x => x.DisplayText).ThenBy(x => x.Id) : query.OrderByDescending(x => x.ModifiedUtc).ThenByDescending(x => x.Id);
        var items = await ordered.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        var sets = items.Select(x => x.TranslationSetId).Distinct().ToList();
        var present = (await db.ContentItems.AsNoTracking().Where(x => x.Latest && sets.Contains(x.TranslationSetId))
                .Select(x => new { x.TranslationSetId, x.Culture }).ToListAsync(cancellationToken))
            .ToLookup(x => x.TranslationSetId, x => x.Culture);
        var ids = items.Select(x => x.ContentItemId).ToList();
        var published = (await db.ContentItems.AsNoTracking().Where(x => x.Published && ids.Contains(x.ContentItemId)).Select(x => x.ContentItemId).ToListAsync(cancellationToken)).ToHashSet();

        var rows = new List<ContentRow>();
        foreach (var item in items)
        {
            var definition = types.First(x => x.Name == item.ContentType);
            var missing = definition.Has(ContentParts.Localization)
                ? Cultures.All.Where(c => !present[item.TranslationSetId].Contains(c)).ToList()
                : [];
            rows.Add(new ContentRow(item, definition.DisplayName, published.Contains(item.ContentItemId), !item.Published && item.PublishAtUtc is not null,
                missing, await CanAsync(Permissions.Create(item.ContentType))));
        }

        var creatable = await CreatableTypesAsync();
        return View(new ContentListViewModel(type, status, culture, q, sort, page, pageCount, total, types, creatable, rows));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New() => View(new NewContentViewModel(await CreatableTypesAsync()));

    [HttpGet("create")]
    public async Task<IActionResult> Create(string type, string culture)
    {
        var definition = contents.FindType(type);
        if (definition is null || Cultures.Normalize(culture) is null)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.Create(type)))
        {
            return Forbid();
        }

        return Editor(ContentEditorMapper.ToEditor(contents.New(type, culture), definition), canPublish: await CanAsync(Permissions.Publish(type)), canDelete: false);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(ContentEditorViewModel model, string? command)
    {
        var definition = contents.FindType(model.ContentType);
        if (definition is null || Cultures.Normalize(model.Culture) is null)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.Create(definition.Name)))
        {
            return Forbid();
        }

        return await SaveAsync(contents.New(definition.Name, model.Culture), definition, model, command);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var (item, definition) = await LoadAsync(id);
        if (item is null || definition is null)
        {
            return NotFound();
        }

        if (!await CanEditAsync(item))
        {
            return Forbid();
        }

        var model = ContentEditorMapper.ToEditor(item, definition);
        model.HasPublishedVersion = await contents.GetPublishedAsync(id, HttpContext.RequestAborted) is not null;
        return Editor(model, await CanAsync(Permissions.Publish(item.ContentType)), await CanAsync(Permissions.Delete(item.ContentType)));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, ContentEditorViewModel model, string? command)
    {
        var (item, definition) = await LoadAsync(id);
        if (item is null || definition is null)
        {
            return NotFound();
        }

        if (!await CanEditAsync(item))
        {
            return Forbid();
        }

        return await SaveAsync(item, definition, model, command);
    }

    [HttpPost("{id}/unpublish")]
    public async Task<IActionResult> Unpublish(string id)
    {
        var (item, _) = await LoadAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.Publish(item.ContentType)))
        {
            return Forbid();
        }

        var result = await contents.UnpublishAsync(id, HttpContext.RequestAborted);
        Notify(result, t["“{0}” is no longer public.", item.DisplayText]);
        return Redirect($"/admin/contents/{id}/edit");
    }

    [HttpGet("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var (item, definition) = await LoadAsync(id);
        if (item is null || definition is null)
        {
            return NotFound();
        }

        return await CanAsync(Permissions.Delete(item.ContentType)) ? View(new DeleteViewModel(item, definition.DisplayName)) : Forbid();
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> DeleteConfirmed(string id)
    {
        var (item, _) = await LoadAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.Delete(item.ContentType)))
        {
            return Forbid();
        }

        var result = await contents.DeleteAsync(id, HttpContext.RequestAborted);
        Notify(result, t["“{0}” has been deleted.", item.DisplayText]);
        return Redirect("/admin/contents");
    }

    [HttpPost("{id}/translate")]
    public async Task<IActionResult> Translate(string id, string culture)
    {
        var (item, _) = await LoadAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await CanAsync(Permissions.Create(item.ContentType)))
        {
            return Forbid();
        }

        var result = await contents.TranslateAsync(id, culture, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Errors.Values);
            return Redirect("/admin/contents");
        }

        TempData["Notice"] = t["A draft translation has been created. Translate the text, then publish it."].Value;
        return Redirect($"/admin/contents/{result.Item!.ContentItemId}/edit");
    }

    [HttpGet("{id}/history")]
    public async Task<IActionResult> History(string id)
    {
        var (item, definition) = await LoadAsync(id);
        if (item is null || definition is null)
        {
            return NotFound();
        }

        if (!await CanEditAsync(item))
        {
            return Forbid();
        }

        return View(new HistoryViewModel(item, definition.DisplayName, await contents.GetVersionsAsync(id, HttpContext.RequestAborted), CanRestore: true));
    }

    [HttpGet("{id}/history/{versionId}")]
    public async Task<IActionResult> Diff(string id, string versionId)
    {
        var (item, _) = await LoadAsync(id);
        var version = await contents.GetVersionAsync(versionId, HttpContext.RequestAborted);
        if (item is null || version is null || version.ContentItemId != id)
        {
            return NotFound();
        }

        if (!await CanEditAsync(item))
        {
            return Forbid();
        }

        var diff = InlineDiffBuilder.Diff(AsText(version), AsText(item));
        var lines = diff.Lines.Select(line => new DiffLine(
            line.Type switch { ChangeType.Inserted => DiffLineKind.Added, ChangeType.Deleted => DiffLineKind.Removed, _ => DiffLineKind.Unchanged },
            line.Text)).ToList();
        return View(new DiffViewModel(item, version, lines, CanRestore: true));
    }

    [HttpPost("{id}/history/{versionId}/restore")]
    public async Task<IActionResult> Restore(string id, string versionId)
    {
        var (item, _) = await LoadAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (!await CanEditAsync(item))
        {
            return Forbid();
        }

        var version = await contents.GetVersionAsync(versionId, HttpContext.RequestAborted);
        if (version is null || version.ContentItemId != id)
        {
            return NotFound();
        }

        var result = await contents.RestoreAsync(versionId, HttpContext.RequestAborted);
        Notify(result, t["Version {0} has been restored as a draft. Publish it to make it public.", version.Version]);
        return Redirect($"/admin/contents/{id}/edit");
    }

    [HttpGet("{id}/preview")]
    public async Task<IActionResult> Preview(string id)
    {
        var (item, definition) = await LoadAsync(id);
        if (item is null || definition is null)
        {
            return NotFound();
        }

        if (!await CanEditAsync(item))
        {
            return Forbid();
        }

        var renderers = contributions.Enabled<IContentDisplayRenderer>(features, HttpContext.RequestServices)
            .Concat(HttpContext.RequestServices.GetServices<IContentDisplayRenderer>());
        foreach (var renderer in renderers)
        {
            if (await renderer.RenderAsync(item, preview: true) is { } result)
            {
                return result;
            }
        }

        ViewData["TypeName"] = definition.DisplayName;
        return View(item);
    }

    private async Task<IActionResult> SaveAsync(ContentItem item, ContentTypeDefinition definition, ContentEditorViewModel model, string? command)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var publish = command == "publish";
        if (publish && !await CanAsync(Permissions.Publish(definition.Name)))
        {
            return Forbid();
        }

        // Checkboxes post a multiple choice as repeated values, which binding would cut to the first.
        foreach (var field in definition.Fields.Where(f => f.Kind == ContentFieldKind.MultiChoice))
        {
            model.Fields[field.Name] = Request.HasFormContentType ? string.Join('\n', Request.Form[$"Fields[{field.Name}]"].OfType<string>()) : null;
        }

        var formErrors = ContentEditorMapper.Apply(model, item, definition, key => t[key]);
        ContentResult? result = null;
        if (formErrors.Count == 0)
        {
            var expected = item.Id == 0 ? (Guid?)null : model.Revision ?? Guid.Empty;
            result = publish ? await contents.PublishAsync(item, expected, cancellationToken) : await contents.SaveDraftAsync(item, expected, cancellationToken);
        }

        if (result is { Succeeded: true, Item: { } saved })
        {
            TempData["Notice"] = (publish
                ? saved.Published ? t["“{0}” has been published.", saved.DisplayText] : t["“{0}” will be published at {1} (Belgrade time).", saved.DisplayText, ContentEditorMapper.ToLocal(saved.PublishAtUtc)!]
                : t["The draft of “{0}” has been saved.", saved.DisplayText]).Value;
            return Redirect(command == "preview" ? $"/admin/contents/{saved.ContentItemId}/preview" : $"/admin/contents/{saved.ContentItemId}/edit");
        }

        foreach (var (key, message) in result?.Errors ?? formErrors)
        {
            ModelState.AddModelError(EditorKey(key), message);
        }

        model.Definition = definition;
        model.Version = item.Version;
        model.Published = item.Published;
        if (result?.Conflict == true)
        {
            // The editor keeps what they typed, but must reload to save: their revision stays the stale one.
            model.ContentItemId = item.ContentItemId;
        }

        return Editor(model, await CanAsync(Permissions.Publish(definition.Name)), item.Id != 0 && await CanAsync(Permissions.Delete(definition.Name)));
    }

    private IActionResult Editor(ContentEditorViewModel model, bool canPublish, bool canDelete)
    {
        model.CanPublish = canPublish;
        model.CanDelete = canDelete;
        return View("Edit", model);
    }

    private static string EditorKey(string key) => key switch
    {
        "fields" => key,
        _ when key.StartsWith("fields.", StringComparison.Ordinal) => $"Fields[{key["fields.".Length..]}]",
        "PublishAtUtc" => nameof(ContentEditorViewModel.PublishAt),
        "UnpublishAtUtc" => nameof(ContentEditorViewModel.UnpublishAt),
        _ => key,
    };

    private void Notify(ContentResult result, LocalizedString success)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = success.Value;
        }
        else
        {
            TempData["Error"] = string.Join(" ", result.Errors.Values);
        }
    }

    private async Task<(ContentItem? Item, ContentTypeDefinition? Definition)> LoadAsync(string id)
    {
        var item = await contents.GetLatestAsync(id, HttpContext.RequestAborted);
        return item is null ? (null, null) : (item, contents.FindType(item.ContentType));
    }

    private async Task<bool> CanEditAsync(ContentItem item) =>
        await CanAsync(Permissions.Edit(item.ContentType))
        || (item.Owner is not null && item.Owner == User.FindFirstValue(ClaimTypes.NameIdentifier) && await CanAsync(Permissions.EditOwn(item.ContentType)));

    private Task<bool> CanAsync(string permission) => permissions.HasPermissionAsync(User, permission, HttpContext.RequestAborted);

    private async Task<IReadOnlyList<ContentTypeDefinition>> CreatableTypesAsync()
    {
        var creatable = new List<ContentTypeDefinition>();
        foreach (var type in contents.ContentTypes)
        {
            if (await CanAsync(Permissions.Create(type.Name)))
            {
                creatable.Add(type);
            }
        }

        return creatable;
    }

    private static string AsText(ContentItem item)
    {
        var body = item.Data["body"]?["html"]?.GetValue<string>();
        return string.Join('\n', new[] { item.DisplayText, item.Summary ?? string.Empty, ContentSanitizer.HtmlToLines(body) }.Where(s => s.Length > 0));
    }
}
