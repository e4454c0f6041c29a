using Integra.StartUps.Data;
using Integra.StartUps.Services;

namespace Integra.StartUps.ViewModels;

public sealed record CallsViewModel(IReadOnlyList<StartUpCall> Calls);

public sealed record CallSettingsViewModel(StartUpCall Call, StartUpCallSettings Settings, IReadOnlyList<string> PrioritySectors, IReadOnlyList<StartUpCall> GrantCalls);

public sealed class CallSettingsForm
{
    public Guid Revision { get; set; }

    public decimal GrantTotal { get; set; }

    public decimal ProjectInKind { get; set; }

    public decimal BeneficiaryShare { get; set; }

    public decimal MunicipalShare { get; set; }

    public List<string> PrioritySectors { get; set; } = [];

    public int CompletionPercent { get; set; }
}
