using Integra.Core.Modules;

namespace Integra.StartUps;

public sealed class StartUpsModule : IModule
{
    public const string Id = "Integra.StartUps";

    /// <summary>The component number on the website's Call items and the engine's call setups.</summary>
    public const string Component = "2";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Component 2: business start-up grants",
        "Business planning and management training, then in-kind equipment grants for new businesses: from the engine's selected applicants to a registered, monitored business.",
        "Components",
        [new FeatureManifest(Id, "Component 2: business start-up grants", "Beneficiaries and their workflow, training, business plans, grants and equipment, registration, monitoring visits and the component's indicators.", typeof(StartUpsStartup)) { EnabledByDefault = true }])
    {
        Dependencies = ["Integra.Applications", "Integra.Reviews", "Integra.People"],
    };
}
