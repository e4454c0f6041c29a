using Integra.StartUps.Data;

namespace Integra.StartUps.Services;

/// <summary>The English text (the localization key) of each procurement status.</summary>
public static class ProcurementText
{
    public static string Of(ProcurementStatus status) => status switch
    {
        ProcurementStatus.QuotesRequested => "Quotes requested",
        ProcurementStatus.Ordered => "Ordered",
        ProcurementStatus.Received => "Received",
        _ => "Not started",
    };
}
