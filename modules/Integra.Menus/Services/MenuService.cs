using Integra.Menus.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Integra.Menus.Services;

/// <summary>A link as the public site shows it, with the links under it.</summary>
public sealed record MenuLink(string Text, string Url, IReadOnlyList<MenuLink> Children);

/// <summary>
/// Menus for the public layout. Every page shows them, so they are kept in memory; an edit on this node
/// is seen at once, an edit on another node within <see cref="CacheDuration"/>.
/// </summary>
public sealed class MenuService(MenusDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<MenuLink>> GetAsync(string menu, string culture, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(Key(menu, culture), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            var items = await ItemsAsync(menu, culture, cancellationToken);
            return (IReadOnlyList<MenuLink>)items.Where(i => i.ParentId is null)
                .Select(parent => new MenuLink(parent.Text, parent.Url, items.Where(c => c.ParentId == parent.Id).Select(c => new MenuLink(c.Text, c.Url, [])).ToList()))
                .ToList();
        }) ?? [];

    /// <summary>A menu's items in display order: each top-level item followed by its children.</summary>
    public async Task<List<MenuItem>> ItemsAsync(string menu, string culture, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking().Where(i => i.Menu == menu && i.Culture == culture)
            .OrderBy(i => i.Order).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var topLevel = items.Where(i => i.ParentId is null || items.All(p => p.Id != i.ParentId)).ToList();
        return topLevel.SelectMany(p => items.Where(c => c.ParentId == p.Id && c != p).Prepend(p)).ToList();
    }

    public void Invalidate(string menu, string culture) => cache.Remove(Key(menu, culture));

    private static string Key(string menu, string culture) => $"Integra.Menus:{menu}:{culture}";
}
