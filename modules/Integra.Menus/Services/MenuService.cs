using Integra.Menus.Data;
using Microsoft.EntityFrameworkCore;

namespace Integra.Menus.Services;

/// <summary>The menus as stored, for the editor; the public layout reads them through <see cref="MenuCache"/>.</summary>
public sealed class MenuService(MenusDbContext db, MenuCache cache)
{
    /// <summary>A menu's items in display order: each top-level item followed by its children.</summary>
    public async Task<List<MenuItem>> ItemsAsync(string menu, string culture, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking().Where(i => i.Menu == menu && i.Culture == culture)
            .OrderBy(i => i.Order).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var topLevel = items.Where(i => i.ParentId is null || items.All(p => p.Id != i.ParentId)).ToList();
        return topLevel.SelectMany(p => items.Where(c => c.ParentId == p.Id && c != p).Prepend(p)).ToList();
    }

    public void Invalidate(string menu, string culture) => cache.Invalidate(menu, culture);
}
