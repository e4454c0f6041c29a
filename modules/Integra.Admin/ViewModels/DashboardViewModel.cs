using Integra.Core.Navigation;

namespace Integra.Admin.ViewModels;

public sealed record DashboardViewModel(
    string UserName,
    string? CurrentPhase,
    DateTime? CurrentPhaseAppliedLocal,
    int EnabledFeatures,
    int InstalledFeatures,
    int Users,
    IReadOnlyList<AuditRow>? RecentAudit,
    IReadOnlyList<IGrouping<string, AdminMenuItem>> Screens);
