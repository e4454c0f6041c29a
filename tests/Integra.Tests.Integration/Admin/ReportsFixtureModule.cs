using Integra.Core.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Integra.Tests.Integration.Admin;

/// <summary>
/// Two switchable features for the administration tests, the second needing the first; each answers on a
/// route of its own so tests can see from outside whether it is on. Off on a fresh install.
/// </summary>
public sealed class ReportsFixtureModule : IModule
{
    public const string Reports = "Integra.Tests.Reports";
    public const string ReportsExport = "Integra.Tests.Reports.Export";

    public ModuleManifest Manifest { get; } = new(
        "Integra.Tests.Reports",
        "Test reports",
        "A fixture of the administration tests.",
        "Test fixtures",
        [
            new FeatureManifest(Reports, "Test reports", "Answers at /test-fixture/reports.", typeof(ReportsStartup)),
            new FeatureManifest(ReportsExport, "Test report export", "Answers at /test-fixture/reports/export.", typeof(ReportsExportStartup))
            {
                Dependencies = [Reports],
            },
        ]);
}

public sealed class ReportsStartup : FeatureStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/test-fixture/reports", () => Results.Text("reports"));
}

public sealed class ReportsExportStartup : FeatureStartup
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/test-fixture/reports/export", () => Results.Text("export"));
}
