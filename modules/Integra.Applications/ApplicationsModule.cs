using Integra.Core.Modules;

namespace Integra.Applications;

public sealed class ApplicationsModule : IModule
{
    public const string Id = "Integra.Applications";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Applications",
        "The calls and applications engine: forms per call, applying online or assisted, deadlines, receipts and each application's path to a decision.",
        "Programme",
        [new FeatureManifest(Id, "Applications", "Application forms, applying, submission and receipts, eligibility, the application workflow.", typeof(ApplicationsStartup)) { EnabledByDefault = true }])
    {
        Dependencies = ["Integra.Cms", "Integra.People"],
    };
}
