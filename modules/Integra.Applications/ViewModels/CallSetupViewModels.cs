using Integra.Cms.Services;

namespace Integra.Applications.ViewModels;

public sealed record CallListRow(long SetupId, string Title, string Component, int CallNumber, CallPhase Phase, DateTime? OpensUtc, DateTime? ClosesUtc, IReadOnlyList<(ApplicationStatus Status, int Count)> Counts);

public sealed record MunicipalityChoice(string Code, string Name);

public sealed class CallSetupViewModel
{
    public required long SetupId { get; init; }
    public required string Title { get; init; }
    public required CallPhase Phase { get; init; }
    public required int ConsentVersion { get; init; }
    public required IReadOnlyList<MunicipalityChoice> Municipalities { get; init; }
    public required IReadOnlyList<string> CallTypes { get; init; }
    public required CallSetupForm Form { get; init; }
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public string? Problem { get; init; }
}

/// <summary>What the setup screen sends. Empty age fields mean no limit for that sex, unless only the other sex has one.</summary>
public sealed class CallSetupForm
{
    public Guid Revision { get; set; }
    public int? WomenMinAge { get; set; }
    public int? WomenMaxAge { get; set; }
    public int? MenMinAge { get; set; }
    public int? MenMaxAge { get; set; }
    public List<string> Municipalities { get; set; } = [];
    public List<string> ReturnStatuses { get; set; } = [];
    public Dictionary<string, int?> Places { get; set; } = [];
    public string? ConsentSq { get; set; }
    public string? ConsentEn { get; set; }
    public string? ConsentSrLatn { get; set; }
    public int AppealDays { get; set; }
    public int RetentionDays { get; set; }
    public string? CallType { get; set; }
}
