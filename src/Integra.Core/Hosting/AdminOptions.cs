namespace Integra.Core.Hosting;

/// <summary>Configuration section <c>Integra:Admin</c>: the first administrator, created on first run.</summary>
public sealed class AdminOptions
{
    public string Email { get; set; } = "admin@integra.local";

    /// <summary>From configuration (<c>Integra__Admin__Password</c>); with none, a strong one is generated and printed once.</summary>
    public string? Password { get; set; }
}
