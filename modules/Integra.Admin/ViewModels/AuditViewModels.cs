using Integra.Admin.Services;

namespace Integra.Admin.ViewModels;

public sealed record AuditRow(DateTime Local, string? UserName, string Module, string Action, string? Subject, string? Details, string? IpAddress);

public sealed record AuditLogViewModel(
    AuditFilter Filter,
    IReadOnlyList<AuditRow> Entries,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyList<string> Modules,
    string TimeZone);
