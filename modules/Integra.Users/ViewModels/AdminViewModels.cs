using System.ComponentModel.DataAnnotations;

namespace Integra.Users.ViewModels;

public sealed record UserRow(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, DateTime? LockedUntilUtc, bool EmailConfirmed, bool TwoFactorEnabled);

public sealed record UserListViewModel(string? Query, string? Role, IReadOnlyList<string> AllRoles, int Page, int PageCount, int Total, IReadOnlyList<UserRow> Users);

public sealed class InviteUserViewModel
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address is too long.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Full name")]
    [StringLength(100, ErrorMessage = "The name can be at most 100 characters long.")]
    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AssignableRoles { get; set; } = [];
}

public sealed class EditUserViewModel
{
    public string Id { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AssignableRoles { get; set; } = [];

    /// <summary>Roles the user holds that the current editor may not take away (Administrator, for non-administrators).</summary>
    public IReadOnlyList<string> FixedRoles { get; set; } = [];

    public DateTime? LockedUntilUtc { get; set; }

    public bool AdministratorLock { get; set; }

    public bool EmailConfirmed { get; set; }

    public bool TwoFactorEnabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    public bool IsSelf { get; set; }

    /// <summary>Non-administrators may not change administrators' accounts.</summary>
    public bool CanEdit { get; set; }
}

public sealed record RoleRow(string Id, string Name, string? Description, int Users, int Permissions, bool IsAdministrator);

public sealed record PermissionRow(string Name, string Description, string Feature, bool Granted);

public sealed record PermissionGroup(string Category, IReadOnlyList<PermissionRow> Permissions);

public sealed record RolePermissionsViewModel(string Id, string Name, string? Description, bool IsAdministrator, IReadOnlyList<PermissionGroup> Groups);
