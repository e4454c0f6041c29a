namespace Integra.StartUps.Data;

/// <summary>
/// What component 2 adds to one of the engine's calls (<c>app_calls</c>), keyed by its <c>CallSetup</c> id. The
/// defaults are the real calls' (FACTS): EUR 2,500 per business, of which 2,100 in kind from the project, 100 from
/// the beneficiary and 300 from the municipality; training completed at 80% of the sessions; staff change them per call.
/// </summary>
public sealed class StartUpCallSettings
{
    public long CallSetupId { get; set; }

    /// <summary>EUR per business.</summary>
    public decimal GrantTotal { get; set; } = 2500m;

    /// <summary>EUR of the grant given in kind (equipment) by the project.</summary>
    public decimal ProjectInKind { get; set; } = 2100m;

    /// <summary>EUR the beneficiary pays.</summary>
    public decimal BeneficiaryShare { get; set; } = 100m;

    /// <summary>EUR the municipality contributes.</summary>
    public decimal MunicipalShare { get; set; } = 300m;

    /// <summary>Sector codes preferred in scoring, as JSON (<see cref="Services.Sectors"/>).</summary>
    public string PrioritySectorsJson { get; set; } = "[]";

    /// <summary>The least share of a cohort's sessions, in percent, a trainee attends to complete the training.</summary>
    public int CompletionPercent { get; set; } = 80;

    /// <summary>For a grant call: the engine's second-stage call where its trainees submit business plans.</summary>
    public long? PlanCallSetupId { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public Guid Revision { get; set; }
}
