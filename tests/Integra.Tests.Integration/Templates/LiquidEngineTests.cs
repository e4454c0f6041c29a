using System.Reflection;
using System.Text.Json.Nodes;
using Integra.Core.Localization;
using Integra.Templates;
using Integra.Templates.Services;
using Microsoft.Extensions.Options;

namespace Integra.Tests.Integration.Templates;

/// <summary>What a template may read of the model it is given, without a host.</summary>
public sealed class LiquidEngineTests
{
    private static readonly LiquidEngine Engine = new(
        new JsonStringLocalizerFactory(new TranslationCatalog([typeof(TemplatesModule).Assembly])),
        Options.Create(new TemplateModelOptions().Allow<ExposedPerson>()));

    [Fact]
    public async Task Anonymous_objects_dictionaries_and_json_objects_are_readable()
    {
        Assert.Equal("A B 2", await RenderAsync("{{ name }} {{ inner.name }} {{ list[1] }}", new { name = "A", inner = new { name = "B" }, list = new[] { 1, 2 } }));
        Assert.Equal("A B", await RenderAsync("{{ name }} {{ inner.name }}", new Dictionary<string, object?> { ["name"] = "A", ["inner"] = new Dictionary<string, object?> { ["name"] = "B" } }));
        Assert.Equal("A B 2", await RenderAsync("{{ name }} {{ inner.name }} {{ list[1] }}", JsonNode.Parse("""{"name":"A","inner":{"name":"B"},"list":[1,2]}""")!.AsObject()));
    }

    [Fact]
    public async Task Only_registered_types_are_readable_so_a_template_cannot_reach_into_other_objects()
    {
        Assert.Equal("Ana|", await RenderAsync("{{ person.Name }}|{{ secret.PasswordHash }}", new { person = new ExposedPerson("Ana"), secret = new HiddenAccount("hash") }));
        Assert.Equal("|", await RenderAsync("{{ assembly.FullName }}|{{ type.Name }}", new { assembly = Assembly.GetExecutingAssembly(), type = typeof(string) }));
    }

    [Fact]
    public async Task Filters_translate_show_local_time_and_build_media_addresses()
    {
        var model = new { published = new DateTime(2026, 7, 1, 10, 0, 0, DateTimeKind.Utc), image = "/folder/a b.png" };
        Assert.Equal("Shabllonet · 2026-07-01 12:00 · /media/folder/a%20b.png?w=320", await RenderAsync("""{{ "Templates" | t }} · {{ published | date_local: "yyyy-MM-dd HH:mm" }} · {{ image | media_url: 320 }}""", model, "sq"));
        Assert.Equal("Шаблони", await RenderAsync("""{{ "Templates" | t }}""", model, "sr-Cyrl"));
    }

    private static async Task<string> RenderAsync(string source, object model, string culture = "en") =>
        await Engine.RenderAsync(Engine.Parse(source).Template!, model, culture, TestContext.Current.CancellationToken);

    public sealed record ExposedPerson(string Name);

    public sealed record HiddenAccount(string PasswordHash);
}
