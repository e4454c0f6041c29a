using Integra.Applications;

namespace Integra.Reviews.Data;

/// <summary>How a call's applications are reviewed; one row per call setup, created with defaults on first save.</summary>
public sealed class CallReviewSettings
{
    /// <summary>The <c>CallSetup</c> id: the settings belong to the engine's side of a call.</summary>
    public long CallSetupId { get; set; }

    public int EvaluatorsPerApplication { get; set; } = 2;

    /// <summary>No evaluator scores an applicant from the evaluator's own municipality.</summary>
    public bool ExcludeSameMunicipality { get; set; }

    /// <summary>Evaluators do not see fields flagged Identifying, nor the applicant's name.</summary>
    public bool BlindReview { get; set; }

    /// <summary>The rubric: <see cref="Services.Criterion"/> list as JSON.</summary>
    public string CriteriaJson { get; set; } = "[]";

    /// <summary>A spread between evaluators' totals above this many points of the 0–100 scale is flagged.</summary>
    public decimal SpreadThreshold { get; set; } = 25m;

    public string CombineRule { get; set; } = Services.CombineRules.Mean;

    /// <summary>Places in total across municipalities; null means only the places per municipality limit.</summary>
    public int? TotalPlaces { get; set; }

    /// <summary>Below this final score an application is rejected rather than placed on the reserve list.</summary>
    public decimal PassMark { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public Guid Revision { get; set; }
}

/// <summary>An evaluator in a call's pool, with the municipality that excludes them from its applicants.</summary>
public sealed class PoolEvaluator
{
    public long Id { get; set; }

    public long CallSetupId { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public string? Municipality { get; set; }

    public DateTime AddedUtc { get; set; }
}

public enum Declaration
{
    Pending,
    NoConflict,
    Conflict,
}

/// <summary>
/// One evaluator on one application. A declared conflict releases the assignment but keeps the row, so the same
/// evaluator is never assigned to that application again.
/// </summary>
public sealed class Assignment
{
    public long Id { get; set; }

    public long CallSetupId { get; set; }

    public long ApplicationId { get; set; }

    public required string EvaluatorUserId { get; set; }

    public required string EvaluatorName { get; set; }

    public Declaration Declaration { get; set; }

    public string? ConflictNote { get; set; }

    public DateTime AssignedUtc { get; set; }

    public DateTime? DeclaredUtc { get; set; }

    /// <summary>Points per criterion key, as JSON; a draft until <see cref="SubmittedUtc"/>.</summary>
    public string PointsJson { get; set; } = "{}";

    /// <summary>Comment per criterion key, as JSON.</summary>
    public string CommentsJson { get; set; } = "{}";

    /// <summary>The weighted total on the 0–100 scale, once scored.</summary>
    public decimal? Total { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public bool Active => Declaration != Declaration.Conflict;
}

/// <summary>The committee's word on an application's score: the combined score, the final one and why.</summary>
public sealed class FinalScoreRecord
{
    public long ApplicationId { get; set; }

    public decimal Combined { get; set; }

    public decimal Spread { get; set; }

    public decimal Final { get; set; }

    public required string Reason { get; set; }

    /// <summary>The overall rank, once the ranking is confirmed.</summary>
    public int? Rank { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime DecidedUtc { get; set; }
}

/// <summary>A letter that opens an appeal window: the decision letter, or the screening result for an ineligible application.</summary>
public sealed class DecisionLetter
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public ApplicationStatus Outcome { get; set; }

    public int? Rank { get; set; }

    public bool Emailed { get; set; }

    public DateTime SentUtc { get; set; }

    public DateTime AppealUntilUtc { get; set; }
}

public sealed class Appeal
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public long CallSetupId { get; set; }

    /// <summary>Where the application stood when the appeal was lodged, so an upheld appeal knows where to go back to.</summary>
    public ApplicationStatus AppealedFrom { get; set; }

    public required string Text { get; set; }

    public DateTime LodgedUtc { get; set; }

    public bool? Upheld { get; set; }

    public string? DecisionReason { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }
}

/// <summary>A named set of list filters a staff member saved for themselves.</summary>
public sealed class SavedView
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public long CallSetupId { get; set; }

    public required string Name { get; set; }

    /// <summary>The list's query string, e.g. "status=Scored&amp;municipality=malisheva".</summary>
    public required string Query { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public static class ReviewLimits
{
    public const int Id = 64;
    public const int Name = 256;
    public const int Code = 40;
    public const int Comment = 2000;
    public const int AppealText = 2000;
    public const int AppealTextMin = 20;
    public const int ViewName = 80;
    public const int Query = 1000;
}
