using Integra.Applications;
using Integra.Applications.Data;
using Integra.Applications.Services;
using Integra.Reviews.Data;
using Integra.Reviews.Services;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Reviews.ViewModels;

public sealed record CallRow(ReviewCall Call, int Submitted, int InReview, int Decided);

public sealed class CriterionInput
{
    public string? Key { get; set; }
    public string? NameSq { get; set; }
    public string? NameSr { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionSq { get; set; }
    public string? DescriptionSr { get; set; }
    public string? DescriptionEn { get; set; }
    [ModelBinder(typeof(InvariantDecimalBinder))] public decimal? Weight { get; set; }
    [ModelBinder(typeof(InvariantDecimalBinder))] public decimal? MaxPoints { get; set; }
}

public sealed class SettingsForm
{
    public int EvaluatorsPerApplication { get; set; } = 2;
    public bool ExcludeSameMunicipality { get; set; }
    public bool BlindReview { get; set; }
    [ModelBinder(typeof(InvariantDecimalBinder))] public decimal SpreadThreshold { get; set; } = 25m;
    public string CombineRule { get; set; } = CombineRules.Mean;
    public int? TotalPlaces { get; set; }
    [ModelBinder(typeof(InvariantDecimalBinder))] public decimal PassMark { get; set; }
    public List<CriterionInput> Criteria { get; set; } = [];
}

public sealed record SettingsViewModel(ReviewCall Call, SettingsForm Form, bool RubricLocked);

public sealed record ScreeningRow(Application Application, ApplicantContact? Contact, IReadOnlyList<AnswerRow> Answers, IReadOnlyList<EligibilityFailure>? Failures, string? MunicipalityName);

public sealed record ScreeningViewModel(ReviewCall Call, IReadOnlyList<ScreeningRow> Rows, bool ShowPersonal, bool CheckerAvailable);

public sealed record EvaluatorOption(string UserId, string Email);

public sealed record AssignmentRowView(Application Application, string? MunicipalityName, IReadOnlyList<Assignment> Assignments, int Active, bool NeedsEvaluators);

public sealed record EvaluatorsViewModel(
    ReviewCall Call,
    IReadOnlyList<PoolEvaluator> Pool,
    IReadOnlyDictionary<string, int> Load,
    IReadOnlyList<EvaluatorOption> Candidates,
    IReadOnlyDictionary<string, string> Municipalities,
    IReadOnlyList<AssignmentRowView> Applications);

public sealed record MyAssignmentRow(Assignment Assignment, string Reference, string CallTitle, ApplicationStatus Status);

public sealed record EvaluationViewModel(
    Assignment Assignment,
    Application Application,
    ReviewCall Call,
    string? ApplicantName,
    IReadOnlyList<AnswerRow> Answers,
    IReadOnlyDictionary<string, decimal> Points,
    IReadOnlyDictionary<string, string> Comments,
    string Culture);

public sealed record ScoreRowView(Application Application, string? MunicipalityName, IReadOnlyList<Assignment> Scored, int Expected, decimal? Combined, decimal Spread, bool SpreadFlagged, bool Ready, FinalScoreRecord? Final);

public sealed record ScoresViewModel(ReviewCall Call, IReadOnlyList<ScoreRowView> Rows);

public sealed record ScoreDetailViewModel(ReviewCall Call, ScoreRowView Row, string Culture);

public sealed record RankingViewModel(ReviewCall Call, IReadOnlyList<RankingRow> Rows, IReadOnlyDictionary<string, string> Municipalities, IReadOnlyList<DecidedRow> Decided)
{
    public int LettersDue => Decided.Count(d => d.LetterSentUtc is null);
}

public sealed record AppealRowView(Appeal Appeal, Application Application, string CallTitle);

public sealed record AppealsViewModel(IReadOnlyList<AppealRowView> Open, IReadOnlyList<AppealRowView> Decided);

public sealed class AppealForm
{
    public string? Text { get; set; }
}

public sealed record AppealPageViewModel(Application Application, DecisionLetter? Window, AppealForm Form, string? Error, Appeal? Lodged);

public sealed class ListFilter
{
    public string? Status { get; set; }
    public string? Municipality { get; set; }
    [ModelBinder(typeof(InvariantDecimalBinder))] public decimal? MinScore { get; set; }
    [ModelBinder(typeof(InvariantDecimalBinder))] public decimal? MaxScore { get; set; }
    public string? Q { get; set; }

    public string ToQuery()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("status", Status);
        Add("municipality", Municipality);
        Add("minScore", MinScore?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("maxScore", MaxScore?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("q", Q);
        return string.Join('&', parts);
    }
}

public sealed record ListRow(Application Application, ApplicantContact? Contact, string? MunicipalityName);

public sealed record ListViewModel(
    ReviewCall Call,
    ListFilter Filter,
    IReadOnlyList<ListRow> Rows,
    IReadOnlyDictionary<string, string> Municipalities,
    IReadOnlyList<SavedView> Views,
    bool ShowPersonal,
    bool CanExport,
    bool CanScreen,
    bool CanManageReviews);

public sealed record ApplicationDetailViewModel(
    Application Application,
    ReviewCall Call,
    ApplicantContact? Contact,
    IReadOnlyList<AnswerRow> Answers,
    IReadOnlyList<ApplicationEvent> Timeline,
    IReadOnlyList<Assignment> Assignments,
    FinalScoreRecord? Final,
    IReadOnlyList<Appeal> Appeals,
    string? MunicipalityName,
    bool ShowPersonal);
