using System.Globalization;
using Integra.Core.Localization;
using Integra.Menus.Services;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Integra.Menus.TagHelpers;

/// <summary>
/// <c>&lt;menu-links name="main" /&gt;</c>: the menu of the current UI culture as a list of links, the current page's
/// link marked with <c>aria-current="page"</c> and <c>active</c> (as is the link of the section the page is in).
/// With a <c>label</c> the list is wrapped in a <c>&lt;nav&gt;</c> landmark of that name. An empty menu renders nothing.
/// </summary>
/// <remarks>
/// Every public page shows two menus, so they are written straight from the cached links rather than through a
/// view component and a view of their own, which cost more than the rest of the navigation put together.
/// </remarks>
[HtmlTargetElement("menu-links", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MenuTagHelper(MenuCache menus) : TagHelper
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Classes of the <c>&lt;ul&gt;</c>.</summary>
    public string? ListClass { get; set; }

    public string? ItemClass { get; set; }

    public string? LinkClass { get; set; }

    /// <summary>The accessible name of the <c>&lt;nav&gt;</c> the list is wrapped in; no landmark without it.</summary>
    public string? Label { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var culture = Cultures.Normalize(CultureInfo.CurrentUICulture.Name) ?? Cultures.Default;
        var links = await menus.GetAsync(Name, culture, ViewContext.HttpContext.RequestAborted);
        if (links.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var currentPath = Trim(ViewContext.HttpContext.Request.Path.Value ?? "/");
        var html = output.Content;
        if (Label is not null)
        {
            html.AppendHtml("<nav aria-label=\"").Append(Label).AppendHtml("\">");
        }

        html.AppendHtml("<ul");
        AppendClass(html, ListClass);
        html.AppendHtml(">");
        foreach (var link in links)
        {
            var current = IsCurrent(link, currentPath);
            html.AppendHtml("<li");
            AppendClass(html, ItemClass);
            html.AppendHtml(">");
            WriteLink(html, link, LinkClass, current || IsAncestor(link, currentPath), current);
            if (link.Children.Count > 0)
            {
                html.AppendHtml("<ul>");
                foreach (var child in link.Children)
                {
                    var childCurrent = IsCurrent(child, currentPath);
                    html.AppendHtml("<li>");
                    WriteLink(html, child, null, childCurrent, childCurrent);
                    html.AppendHtml("</li>");
                }

                html.AppendHtml("</ul>");
            }

            html.AppendHtml("</li>");
        }

        html.AppendHtml("</ul>");
        if (Label is not null)
        {
            html.AppendHtml("</nav>");
        }
    }

    private static void WriteLink(TagHelperContent html, MenuLink link, string? linkClass, bool active, bool current)
    {
        html.AppendHtml("<a");
        AppendClass(html, active ? (string.IsNullOrEmpty(linkClass) ? "active" : linkClass + " active") : linkClass);
        html.AppendHtml(" href=\"").Append(link.Url).AppendHtml("\"");
        if (current)
        {
            html.AppendHtml(" aria-current=\"page\"");
        }

        html.AppendHtml(">").Append(link.Text).AppendHtml("</a>");
    }

    /// <summary>No <c>class</c> attribute at all when there is no class, as Razor writes it.</summary>
    private static void AppendClass(TagHelperContent html, string? classes)
    {
        if (!string.IsNullOrEmpty(classes))
        {
            html.AppendHtml(" class=\"").Append(classes).AppendHtml("\"");
        }
    }

    private static bool IsCurrent(MenuLink link, string currentPath) => string.Equals(Trim(link.Url), currentPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The section the current page is in, e.g. the news list while reading an article.</summary>
    private static bool IsAncestor(MenuLink link, string currentPath)
    {
        var url = Trim(link.Url);
        return url.Count(c => c == '/') > 1 && currentPath.StartsWith(url + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
