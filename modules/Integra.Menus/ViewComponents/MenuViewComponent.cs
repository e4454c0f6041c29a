using System.Globalization;
using Integra.Core.Localization;
using Integra.Menus.Services;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Menus.ViewComponents;

/// <summary>
/// <c>@await Component.InvokeAsync("Menu", new { name = "main" })</c>: the menu of the current UI culture as a
/// list of links, the current page's link marked with <c>aria-current="page"</c>. With a <c>label</c> the list
/// is wrapped in a <c>&lt;nav&gt;</c> landmark of that name. An empty menu renders nothing.
/// </summary>
public sealed class MenuViewComponent(MenuService menus) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string name, string? cssClass = null, string? itemClass = null, string? linkClass = null, string? label = null)
    {
        var culture = Cultures.Normalize(CultureInfo.CurrentUICulture.Name) ?? Cultures.Default;
        var links = await menus.GetAsync(name, culture, HttpContext.RequestAborted);
        return View(new MenuViewModel(name, links, HttpContext.Request.Path.Value ?? "/", cssClass, itemClass, linkClass, label));
    }
}

public sealed record MenuViewModel(string Name, IReadOnlyList<MenuLink> Links, string CurrentPath, string? CssClass, string? ItemClass, string? LinkClass, string? Label)
{
    public bool IsCurrent(MenuLink link) => string.Equals(Trim(link.Url), Trim(CurrentPath), StringComparison.OrdinalIgnoreCase);

    /// <summary>The section the current page is in, e.g. the news list while reading an article.</summary>
    public bool IsAncestor(MenuLink link)
    {
        var url = Trim(link.Url);
        return url.Count(c => c == '/') > 1 && Trim(CurrentPath).StartsWith(url + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
