using Integra.Core.Modules;

namespace Integra.TestModule;

/// <summary>
/// A module that exists only for the tests: one feature that touches every seam of the kernel (route, menu,
/// permission, schema, seed, job) and one that depends on it. Off by default, so other tests never see it.
/// </summary>
public sealed class NoticeBoardModule : IModule
{
    public const string Id = "Integra.TestModule";
    public const string ExtrasId = "Integra.TestModule.Extras";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Notice board",
        "A test module, never shipped: notices on a public page, managed in the admin.",
        "Testing",
        [
            new FeatureManifest(Id, "Notice board", "Public notices, their admin page, seed data and a counting job.", typeof(NoticeBoardStartup)),
            new FeatureManifest(ExtrasId, "Notice board extras", "An extra endpoint that needs the notice board.", typeof(ExtrasStartup))
            {
                Dependencies = [Id],
            },
        ]);
}
