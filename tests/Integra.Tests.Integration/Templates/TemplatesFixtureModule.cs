using Integra.Core.Modules;
using Integra.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Integra.Tests.Integration.Templates;

/// <summary>
/// A module of the template tests: it declares one template and shows it on a public page, the way the
/// website module will. Off on a fresh install.
/// </summary>
public sealed class TemplatesFixtureModule : IModule
{
    public const string Id = "Integra.Tests.TemplatesFixture";
    public const string Greeting = "Tests.Greeting";
    public const string DefaultSource = """<p class="greeting">Hello {{ name }}</p>""";

    public ModuleManifest Manifest { get; } = new(
        Id,
        "Template test page",
        "A fixture of the template tests.",
        "Test fixtures",
        [new FeatureManifest(Id, "Template test page", "Answers at /en/test-fixture/greeting and the same in every culture.", typeof(TemplatesFixtureStartup)) { Dependencies = [TemplatesModule.Id] }]);
}

public sealed class TemplatesFixtureStartup : FeatureStartup
{
    public override void ConfigureServices(FeatureBuilder feature) => feature.Contribute<ITemplateSource, GreetingTemplates>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/{culture:culture}/test-fixture/greeting", async (string culture, ITemplateRenderer templates, CancellationToken cancellationToken) =>
        {
            var greeting = await templates.RenderAsync(
                TemplatesFixtureModule.Greeting,
                new { name = "Ana", published = new DateTime(2026, 3, 10, 22, 30, 0, DateTimeKind.Utc), image = "photos/spring day.jpg" },
                culture,
                cancellationToken);
            return Results.Content($"<!DOCTYPE html><html><body><h1>Fixture page</h1>{greeting}</body></html>", "text/html; charset=utf-8");
        });
}

public sealed class GreetingTemplates : ITemplateSource
{
    public IEnumerable<TemplateDefinition> GetTemplates() =>
    [
        new(TemplatesFixtureModule.Greeting, "Greets a visitor by name.", TemplatesFixtureModule.DefaultSource,
            new { name = "Sample visitor", published = new DateTime(2026, 3, 10, 22, 30, 0, DateTimeKind.Utc), image = "photos/sample.jpg" }),
    ];
}
