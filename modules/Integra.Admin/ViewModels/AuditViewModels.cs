using Integra.Admin.Services;
using Integra.Core.Data;

namespace Integra.Admin.ViewModels;

public sealed record AuditRow(DateTime Local, string? UserName, string Module, string Action, string? Subject, string? Details, string? IpAddress)
{
    public static AuditRow From(AuditEntry entry, TimeZoneInfo zone) =>
        new(SiteClock.ToLocal(entry.Utc, zone), entry.UserName, entry.Module, entry.Action, entry.Subject, entry.Details, entry.IpAddress);
}

public sealed record AuditLogViewModel(
    AuditFilter Filter,
    IReadOnlyList<AuditRow> Entries,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyList<string> Modules,
    string TimeZone);
