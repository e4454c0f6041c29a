using Integra.StartUps.Data;

namespace Integra.StartUps.ViewModels;

public sealed record MyCertificatesViewModel(IReadOnlyList<Beneficiary> Trainings);
