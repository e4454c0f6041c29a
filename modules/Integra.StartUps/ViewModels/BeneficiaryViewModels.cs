using Integra.Applications.Data;
using Integra.People.Data;
using Integra.StartUps.Data;

namespace Integra.StartUps.ViewModels;

public sealed record BeneficiaryFilter(long? Call, string? Municipality, BeneficiaryStatus? Status);

public sealed record BeneficiaryRow(Beneficiary Beneficiary, string Name);

public sealed record BeneficiariesViewModel(
    BeneficiaryFilter Filter,
    IReadOnlyList<BeneficiaryRow> Rows,
    IReadOnlyList<(CallSetup Call, int Waiting)> Calls,
    IReadOnlyDictionary<string, string> Municipalities,
    bool MayTakeIn);

public sealed record BeneficiaryViewModel(
    Beneficiary Beneficiary,
    Person? Person,
    string MunicipalityName,
    IReadOnlyList<BeneficiaryEvent> Timeline,
    IReadOnlyList<BeneficiaryTrigger> Moves);
