using Microsoft.AspNetCore.Identity;

namespace Integra.Core.Data;

public sealed class IntegraUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public string? PreferredCulture { get; set; }
    public DateTime CreatedUtc { get; set; }
}

public sealed class IntegraRole : IdentityRole
{
    public IntegraRole()
    {
    }

    public IntegraRole(string name) : base(name)
    {
    }

    public string? Description { get; set; }
}
