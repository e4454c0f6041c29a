using Microsoft.EntityFrameworkCore;

namespace Integra.Menus.Data;

public sealed class MenusDbContext(DbContextOptions<MenusDbContext> options) : DbContext(options)
{
    public DbSet<MenuItem> Items => Set<MenuItem>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<MenuItem>(e =>
        {
            e.ToTable("menus_items");
            e.Property(x => x.Menu).HasMaxLength(50);
            e.Property(x => x.Culture).HasMaxLength(10);
            e.Property(x => x.Text).HasMaxLength(MenuItem.MaxTextLength);
            e.Property(x => x.Url).HasMaxLength(MenuItem.MaxUrlLength);
            e.HasIndex(x => new { x.Menu, x.Culture, x.Order });
        });
    }
}

/// <summary>A link in a menu of one culture; an item with a parent is shown under it (one level deep).</summary>
public sealed class MenuItem
{
    public const int MaxTextLength = 200;
    public const int MaxUrlLength = 500;

    public int Id { get; set; }
    public required string Menu { get; set; }
    public required string Culture { get; set; }
    public required string Text { get; set; }
    public required string Url { get; set; }
    public int Order { get; set; }
    public int? ParentId { get; set; }
}

/// <summary>The menus the public theme shows.</summary>
public static class MenuNames
{
    public const string Main = "main";
    public const string Footer = "footer";

    public static readonly IReadOnlyList<string> All = [Main, Footer];
}
