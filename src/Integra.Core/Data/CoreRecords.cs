namespace Integra.Core.Data;

/// <summary>Whether a feature is on. A feature with no row takes its manifest's default.</summary>
public sealed class FeatureStateRecord
{
    public required string FeatureId { get; set; }
    public bool Enabled { get; set; }
    public DateTime ChangedUtc { get; set; }
    public string? ChangedBy { get; set; }
}

/// <summary>
/// One row whose version goes up on every feature change: each node compares it with the version it
/// loaded, so a change made on one node reaches the others.
/// </summary>
public sealed class ShellStateRecord
{
    public int Id { get; set; }
    public long Version { get; set; }
}

/// <summary>A seed that has run, so it never runs again.</summary>
public sealed class FeatureSeedRecord
{
    public required string FeatureId { get; set; }
    public required string Seed { get; set; }
    public DateTime AppliedUtc { get; set; }
}

public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime Utc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public required string Module { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Details { get; set; }
    public string? IpAddress { get; set; }
}

public sealed class PhaseRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Feature ids, one per line.</summary>
    public string Features { get; set; } = string.Empty;
    public int Order { get; set; }
    public DateTime? LastAppliedUtc { get; set; }

    public IReadOnlyList<string> FeatureIds =>
        Features.Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The database lease that lets one node at a time run a job.</summary>
public sealed class JobLeaseRecord
{
    public required string Job { get; set; }
    public string? Owner { get; set; }
    public DateTime LeaseUntilUtc { get; set; }
    public DateTime? LastRunUtc { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    public string? LastError { get; set; }
}

public sealed class SiteSettingsRecord
{
    public int Id { get; set; }
    public string SiteName { get; set; } = "INTEGRA";
    public string DefaultCulture { get; set; } = "sq";

    /// <summary>Cultures the public site serves, comma separated.</summary>
    public string Cultures { get; set; } = "sq,sr-Latn,sr-Cyrl,en";
    public string TimeZone { get; set; } = "Europe/Belgrade";
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactAddress { get; set; }
    public bool RequireTwoFactorForStaff { get; set; }
    public Guid Revision { get; set; }
}
