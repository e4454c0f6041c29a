namespace Integra.Core.Navigation;

/// <summary>An entry in the admin menu; shown only to users holding its permission.</summary>
public sealed record AdminMenuItem(string Section, string Text, string Url, string? Permission, int Order = 0);

public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}
