using Integra.StartUps.Data;
using Integra.StartUps.Services;

namespace Integra.StartUps.ViewModels;

public sealed record CohortRow(Cohort Cohort, int Members, int Sessions);

public sealed record TrainingViewModel(IReadOnlyList<CohortRow> Cohorts, IReadOnlyList<StartUpCall> Calls, IReadOnlyDictionary<string, string> Municipalities);

public sealed record CohortViewModel(
    Cohort Cohort,
    string MunicipalityName,
    IReadOnlyList<TraineeProgress> Trainees,
    IReadOnlyDictionary<long, string> Names,
    IReadOnlyList<TrainingSession> Sessions,
    int CompletionPercent,
    TimeZoneInfo Zone);

public sealed record SessionViewModel(
    TrainingSession Session,
    Cohort Cohort,
    IReadOnlyList<Beneficiary> Members,
    IReadOnlyDictionary<long, string> Names,
    IReadOnlyDictionary<long, bool> Attendance,
    TimeZoneInfo Zone);
