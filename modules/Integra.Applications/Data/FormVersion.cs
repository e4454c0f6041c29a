namespace Integra.Applications.Data;

/// <summary>
/// A version of a call's application form (steps, fields, rules) as JSON. The latest version is edited until the
/// call opens; then it is frozen, and any later change makes a new version that new applications follow.
/// </summary>
public sealed class FormVersion
{
    public long Id { get; set; }

    public long CallSetupId { get; set; }

    public int Version { get; set; }

    public string SchemaJson { get; set; } = "{}";

    public DateTime? FrozenUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public Guid Revision { get; set; }
}
