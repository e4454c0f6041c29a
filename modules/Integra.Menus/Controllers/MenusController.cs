using Integra.Core.Audit;
using Integra.Core.Localization;
using Integra.Core.Security;
using Integra.Menus.Data;
using Integra.Menus.Services;
using Integra.Menus.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Integra.Menus.Controllers;

[Area(MenusModule.Id)]
[Route("admin/menus")]
[Permission(Permissions.ManageMenus)]
public sealed class MenusController(MenusDbContext db, MenuService menus, AuditLog audit, IStringLocalizer<MenusController> t) : Controller
{
    private const string AuditModule = "Menus";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? menu, string? culture, CancellationToken cancellationToken)
    {
        var (name, lang) = (MenuName(menu), Cultures.Normalize(culture) ?? Cultures.Default);
        return View(new MenuEditorViewModel { Menu = name, Culture = lang, Items = await menus.ItemsAsync(name, lang, cancellationToken) });
    }

    [HttpPost("items")]
    public async Task<IActionResult> Add(string? menu, string? culture, MenuItemForm form, CancellationToken cancellationToken)
    {
        var (name, lang) = (MenuName(menu), Cultures.Normalize(culture) ?? Cultures.Default);
        var items = await menus.ItemsAsync(name, lang, cancellationToken);
        var errors = Validate(form, items, item: null);
        if (errors.Count > 0)
        {
            return View(nameof(Index), new MenuEditorViewModel { Menu = name, Culture = lang, Items = items, Form = form, Errors = errors });
        }

        var siblings = items.Where(i => i.ParentId == form.ParentId).Select(i => i.Order).DefaultIfEmpty(0);
        db.Items.Add(new MenuItem { Menu = name, Culture = lang, Text = form.Text!.Trim(), Url = form.Url!.Trim(), ParentId = form.ParentId, Order = siblings.Max() + 1 });
        await db.SaveChangesAsync(cancellationToken);
        await ChangedAsync(name, lang, "Menu item added", $"{form.Text!.Trim()} → {form.Url!.Trim()}", cancellationToken);
        TempData["Notice"] = t["Added “{0}”.", form.Text.Trim()].Value;
        return RedirectToIndex(name, lang);
    }

    [HttpGet("items/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        return View(await EditModelAsync(item, new MenuItemForm { Text = item.Text, Url = item.Url, ParentId = item.ParentId }, [], cancellationToken));
    }

    [HttpPost("items/{id:int}")]
    public async Task<IActionResult> Edit(int id, MenuItemForm form, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var items = await menus.ItemsAsync(item.Menu, item.Culture, cancellationToken);
        var errors = Validate(form, items, item);
        if (errors.Count > 0)
        {
            return View(await EditModelAsync(item, form, errors, cancellationToken));
        }

        if (item.ParentId != form.ParentId)
        {
            item.Order = items.Where(i => i.ParentId == form.ParentId).Select(i => i.Order).DefaultIfEmpty(0).Max() + 1;
        }

        item.Text = form.Text!.Trim();
        item.Url = form.Url!.Trim();
        item.ParentId = form.ParentId;
        await db.SaveChangesAsync(cancellationToken);
        await ChangedAsync(item.Menu, item.Culture, "Menu item edited", $"{item.Text} → {item.Url}", cancellationToken);
        TempData["Notice"] = t["Saved “{0}”.", item.Text].Value;
        return RedirectToIndex(item.Menu, item.Culture);
    }

    [HttpPost("items/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        // Its children go with it: one level of nesting means they would otherwise dangle.
        await db.Items.Where(i => i.Id == id || i.ParentId == id).ExecuteDeleteAsync(cancellationToken);
        await ChangedAsync(item.Menu, item.Culture, "Menu item deleted", $"{item.Text} → {item.Url}", cancellationToken);
        TempData["Notice"] = t["Deleted “{0}”.", item.Text].Value;
        return RedirectToIndex(item.Menu, item.Culture);
    }

    [HttpPost("items/{id:int}/move")]
    public async Task<IActionResult> Move(int id, string? direction, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var siblings = await db.Items.Where(i => i.Menu == item.Menu && i.Culture == item.Culture && i.ParentId == item.ParentId)
            .OrderBy(i => i.Order).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(item);
        var other = direction == "up" ? index - 1 : index + 1;
        if (other >= 0 && other < siblings.Count)
        {
            (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
            for (var i = 0; i < siblings.Count; i++)
            {
                siblings[i].Order = i + 1;
            }

            await db.SaveChangesAsync(cancellationToken);
            await ChangedAsync(item.Menu, item.Culture, "Menu item moved", $"{item.Text} {(direction == "up" ? "up" : "down")}", cancellationToken);
        }

        return RedirectToIndex(item.Menu, item.Culture);
    }

    /// <summary>Replaces this culture's menu with a copy of another culture's, for translating the texts next.</summary>
    [HttpPost("copy")]
    public async Task<IActionResult> Copy(string? menu, string? culture, string? from, CancellationToken cancellationToken)
    {
        var (name, lang, source) = (MenuName(menu), Cultures.Normalize(culture) ?? Cultures.Default, Cultures.Normalize(from));
        if (source is null || source == lang)
        {
            TempData["Error"] = t["Choose another language to copy from."].Value;
            return RedirectToIndex(name, lang);
        }

        var items = await menus.ItemsAsync(name, source, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Items.Where(i => i.Menu == name && i.Culture == lang).ExecuteDeleteAsync(cancellationToken);
        var copies = new Dictionary<int, MenuItem>();
        foreach (var item in items.Where(i => i.ParentId is null))
        {
            copies[item.Id] = new MenuItem { Menu = name, Culture = lang, Text = item.Text, Url = LocalizedUrl(item.Url, source, lang), Order = item.Order };
            db.Items.Add(copies[item.Id]);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in items.Where(i => i.ParentId is not null && copies.ContainsKey(i.ParentId.Value)))
        {
            db.Items.Add(new MenuItem { Menu = name, Culture = lang, Text = item.Text, Url = LocalizedUrl(item.Url, source, lang), Order = item.Order, ParentId = copies[item.ParentId!.Value].Id });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ChangedAsync(name, lang, "Menu copied", $"{source} → {lang}: {items.Count}", cancellationToken);
        TempData["Notice"] = t["Copied {0} items from {1}. Translate their texts next.", items.Count, Cultures.NativeName(source)].Value;
        return RedirectToIndex(name, lang);
    }

    /// <summary>A link into the source culture's pages points to the same page in the target culture.</summary>
    private static string LocalizedUrl(string url, string from, string to) =>
        url == "/" + from ? "/" + to
        : url.StartsWith("/" + from + "/", StringComparison.OrdinalIgnoreCase) ? "/" + to + url[(from.Length + 1)..]
        : url;

    private List<string> Validate(MenuItemForm form, IReadOnlyList<MenuItem> items, MenuItem? item)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(form.Text))
        {
            errors.Add(t["Enter the link text."]);
        }
        else if (form.Text.Trim().Length > MenuItem.MaxTextLength)
        {
            errors.Add(t["The link text can be at most {0} characters.", MenuItem.MaxTextLength]);
        }

        var url = form.Url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            errors.Add(t["Enter the address the link opens."]);
        }
        else if (url.Length > MenuItem.MaxUrlLength)
        {
            errors.Add(t["The address can be at most {0} characters.", MenuItem.MaxUrlLength]);
        }
        else if (!IsSafeUrl(url))
        {
            errors.Add(t["The address must be a path on this site (starting with /) or begin with https://, http:// or mailto:."]);
        }

        if (form.ParentId is { } parentId)
        {
            var parent = items.FirstOrDefault(i => i.Id == parentId);
            if (parent is null || parent.ParentId is not null || parent.Id == item?.Id)
            {
                errors.Add(t["Choose a top-level item of this menu as the parent."]);
            }
            else if (item is not null && items.Any(i => i.ParentId == item.Id))
            {
                errors.Add(t["This item has items under it, so it cannot go under another one."]);
            }
        }

        return errors;
    }

    private static bool IsSafeUrl(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private async Task<MenuItemEditViewModel> EditModelAsync(MenuItem item, MenuItemForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken) => new()
    {
        Item = item,
        Form = form,
        Parents = (await menus.ItemsAsync(item.Menu, item.Culture, cancellationToken)).Where(i => i.ParentId is null && i.Id != item.Id).ToList(),
        Errors = errors,
    };

    private async Task ChangedAsync(string menu, string culture, string action, string details, CancellationToken cancellationToken)
    {
        menus.Invalidate(menu, culture);
        await audit.WriteAsync(AuditModule, action, $"{menu} ({culture})", details, cancellationToken);
    }

    private RedirectResult RedirectToIndex(string menu, string culture) => Redirect($"/admin/menus?menu={menu}&culture={culture}");

    private static string MenuName(string? menu) => MenuNames.All.FirstOrDefault(m => m == menu) ?? MenuNames.Main;
}
