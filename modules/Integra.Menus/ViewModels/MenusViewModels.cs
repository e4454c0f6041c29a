using Integra.Menus.Data;

namespace Integra.Menus.ViewModels;

public sealed class MenuItemForm
{
    public string? Text { get; set; }
    public string? Url { get; set; }
    public int? ParentId { get; set; }
}

public sealed class MenuEditorViewModel
{
    public required string Menu { get; init; }
    public required string Culture { get; init; }

    /// <summary>Display order: each top-level item followed by its children.</summary>
    public required IReadOnlyList<MenuItem> Items { get; init; }

    public MenuItemForm Form { get; init; } = new();
    public IReadOnlyList<string> Errors { get; init; } = [];

    public IEnumerable<MenuItem> Parents => Items.Where(i => i.ParentId is null);
}

public sealed class MenuItemEditViewModel
{
    public required MenuItem Item { get; init; }
    public required MenuItemForm Form { get; init; }
    public required IReadOnlyList<MenuItem> Parents { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
}
