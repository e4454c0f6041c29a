using Integra.StartUps.Data;
using Integra.StartUps.Services;

namespace Integra.StartUps.ViewModels;

/// <summary>A grant call to filter by, e.g. "C2-1".</summary>
public sealed record CallChoice(long Id, string Label);

public sealed record GrantFilter(long? Call, string? Municipality);

public sealed record GrantRow(Beneficiary Beneficiary, string Name, decimal Equipment, Grant? Grant);

public sealed record GrantsViewModel(
    GrantFilter Filter,
    IReadOnlyList<GrantRow> Rows,
    IReadOnlyList<ComponentRow> PerCall,
    IReadOnlyList<ComponentRow> PerMunicipality,
    IReadOnlyList<CallChoice> Calls,
    IReadOnlyDictionary<string, string> Municipalities,
    bool MayExport);

public sealed record GrantViewModel(
    Beneficiary Beneficiary,
    string Name,
    string MunicipalityName,
    StartUpCallSettings Settings,
    Grant Grant,
    IReadOnlyList<EquipmentItem> Equipment,
    IReadOnlyList<GrantFile> Files,
    BusinessRegistration? Registration,
    IReadOnlyList<MonitoringVisit> Visits,
    bool MayManageGrants,
    bool MayRegister)
{
    public decimal EquipmentTotal => Equipment.Sum(e => e.Total);

    public decimal Left => Settings.ProjectInKind - EquipmentTotal;

    /// <summary>An equipment line that was refused, shown again as typed.</summary>
    public EquipmentDraft? Draft { get; init; }
}

/// <summary>An equipment line as staff typed it.</summary>
public sealed record EquipmentDraft(string? Item, string? Supplier, string? Quantity, string? UnitCost);

public sealed record AssetsViewModel(
    GrantFilter Filter,
    IReadOnlyList<AssetRow> Rows,
    IReadOnlyDictionary<long, string> Names,
    IReadOnlyList<CallChoice> Calls,
    IReadOnlyDictionary<string, string> Municipalities,
    bool MayExport);

public sealed record VisitRow(MonitoringVisit Visit, Beneficiary Beneficiary, string Name);

public sealed record VisitsViewModel(
    DateOnly Today,
    GrantFilter Filter,
    IReadOnlyList<VisitRow> Due,
    IReadOnlyList<VisitRow> Recent,
    IReadOnlyList<CallChoice> Calls,
    IReadOnlyDictionary<string, string> Municipalities,
    bool MayExport);

public sealed record VisitViewModel(
    MonitoringVisit Visit,
    Beneficiary Beneficiary,
    string Name,
    string MunicipalityName,
    DateOnly Today,
    IReadOnlyList<Official> Officials,
    IReadOnlyList<VisitOfficial> Joined,
    IReadOnlyList<GrantFile> Photos,
    bool MayRecord);

public sealed record DashboardViewModel(
    GrantFilter Filter,
    IReadOnlyList<ComponentRow> Rows,
    IReadOnlyList<ComponentRow> PerCall,
    ComponentRow Total,
    int VisitsDue,
    int VisitsOverdue,
    IReadOnlyList<CallChoice> Calls,
    IReadOnlyDictionary<string, string> Municipalities,
    bool MayExport);

/// <summary>The visit form's fields, blank for a visit to record or as typed or saved for one to correct.</summary>
public sealed record VisitFormModel(VisitReport Values, IReadOnlyList<Official> Officials, DateOnly Today);

/// <summary>A recorded visit to correct, with its fields and revision as saved or as the form sent them.</summary>
public sealed record VisitEditViewModel(VisitViewModel Visit, VisitReport Values, Guid Revision);

/// <summary>A recorded hand-over to correct, with the day and notes as saved or as typed.</summary>
/// <summary>
/// The hand-over correction form. <paramref name="Revision"/> is the grant's as the form was opened: a refused form
/// keeps it, so sending it again cannot overwrite a change made meanwhile by someone else.
/// </summary>
public sealed record HandoverEditViewModel(GrantViewModel Grant, string? DeliveredOn, string? Notes, Guid Revision);
