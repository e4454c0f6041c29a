using Microsoft.AspNetCore.Authorization;

namespace Integra.Core.Security;

/// <summary>Requires a signed-in user whose roles grant the permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class PermissionAttribute(string name) : AuthorizeAttribute, IAuthorizationRequirementData
{
    public string Name { get; } = name;

    public IEnumerable<IAuthorizationRequirement> GetRequirements() => [new PermissionRequirement(Name)];
}

public sealed record PermissionRequirement(string Name) : IAuthorizationRequirement;
