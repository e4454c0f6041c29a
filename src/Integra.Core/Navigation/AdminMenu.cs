namespace Integra.Core.Navigation;

/// <summary>An entry in the admin menu; shown only to users holding its permission.</summary>
public sealed record AdminMenuItem(string Section, string Text, string Url, string? Permission, int Order = 0)
{
    /// <summary>The assembly of the module that added the item, whose translations its text is read in; set by the menu service.</summary>
    public string? Scope { get; init; }
}

public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}
