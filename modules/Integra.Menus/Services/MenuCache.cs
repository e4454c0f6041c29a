using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Menus.Services;

/// <summary>A link as the public site shows it, with the links under it.</summary>
public sealed record MenuLink(string Text, string Url, IReadOnlyList<MenuLink> Children);

/// <summary>
/// Menus for the public layout. Every page shows them, so they are kept in memory and the database is opened only
/// to reread one (a request that finds it here rents no database context); an edit on this node is seen at once,
/// an edit on another node within <see cref="CacheDuration"/>.
/// </summary>
public sealed class MenuCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<MenuLink>> GetAsync(string menu, string culture, CancellationToken cancellationToken)
    {
        var key = Key(menu, culture);
        if (cache.TryGetValue(key, out IReadOnlyList<MenuLink>? links) && links is not null)
        {
            return links;
        }

        await using var scope = scopes.CreateAsyncScope();
        var items = await scope.ServiceProvider.GetRequiredService<MenuService>().ItemsAsync(menu, culture, cancellationToken);
        links = items.Where(i => i.ParentId is null)
            .Select(parent => new MenuLink(parent.Text, parent.Url, items.Where(c => c.ParentId == parent.Id).Select(c => new MenuLink(c.Text, c.Url, [])).ToList()))
            .ToList();
        return cache.Set(key, links, CacheDuration);
    }

    public void Invalidate(string menu, string culture) => cache.Remove(Key(menu, culture));

    private static (Type, string, string) Key(string menu, string culture) => (typeof(MenuCache), menu, culture);
}
