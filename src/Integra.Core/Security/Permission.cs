namespace Integra.Core.Security;

/// <summary>A right that a module declares and an administrator grants to roles.</summary>
public sealed record Permission(string Name, string Description, string Category);

public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Roles that receive these permissions on a fresh install (administrators get every permission anyway).</summary>
    IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
