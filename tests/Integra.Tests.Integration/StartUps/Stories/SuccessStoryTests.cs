using System.Net;
using System.Text.Json.Nodes;
using Integra.Applications.Services;
using Integra.Cms.Models;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.StartUps;
using Integra.StartUps.Models;
using Integra.Testing;
using Integra.Testing.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.StartUps.Stories;

public sealed class SqliteSuccessStoryTests() : SuccessStoryTests("Sqlite");

public sealed class PostgresSuccessStoryTests() : SuccessStoryTests("Postgres");

public abstract class SuccessStoryTests(string provider)
{
    private const string Title = "Furra e Artës në Malishevë";
    private const string Section = "Histori suksesi";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_success_story_is_refused_without_consent_shown_on_the_component_page_with_it_and_gone_when_the_component_is_switched_off()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        using var visitor = world.App.CreateBrowserlikeClient();
        var componentPage = await ComponentPageAsync();
        Assert.DoesNotContain(Section, await PageAsync(componentPage), StringComparison.Ordinal);

        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var story = Story(content, consent: false);
            ContentResult refused;
            using (UiCulture.Use("sq"))
            {
                refused = await content.PublishAsync(story, null, Cancel);
            }

            Assert.False(refused.Succeeded);
            Assert.Equal("Një histori suksesi mund të publikohet vetëm me pëlqimin me shkrim të personit që paraqitet. Së pari regjistroni pëlqimin.", refused.Errors["fields." + SuccessStories.Fields.ConsentGiven]);
            Assert.Equal("Shënoni datën kur është dhënë pëlqimi me shkrim.", refused.Errors["fields." + SuccessStories.Fields.ConsentDate]);
            Assert.Null(await content.FindPublishedAsync("sq", SuccessStories.RoutePrefix, "furra-e-artes", Cancel));

            var published = await content.PublishAsync(Story(content, consent: true), null, Cancel);
            Assert.True(published.Succeeded, string.Join("; ", published.Errors.Values));
        }

        var withStory = await PageAsync(componentPage);
        Assert.Contains(Section, withStory, StringComparison.Ordinal);
        Assert.Contains(Title, withStory, StringComparison.Ordinal);
        Assert.Contains("/sq/success-stories/furra-e-artes", withStory, StringComparison.Ordinal);
        var storyPage = await PageAsync("/sq/success-stories/furra-e-artes");
        Assert.Contains(Title, storyPage, StringComparison.Ordinal);
        Assert.Contains("Furra Arta · ", storyPage, StringComparison.Ordinal);
        Assert.Contains("Përpunim ushqimi", storyPage, StringComparison.Ordinal);
        Assert.Contains("Bukë e freskët çdo mëngjes", storyPage, StringComparison.Ordinal);

        await world.App.DisableFeaturesAsync([StartUpsModule.Id], Cancel);

        Assert.DoesNotContain(Title, await PageAsync(componentPage), StringComparison.Ordinal);
        using var gone = await visitor.GetAsync("/sq/success-stories/furra-e-artes", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        async Task<string> PageAsync(string url)
        {
            using var response = await visitor.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.ReadPageAsync(Cancel);
        }

        async Task<string> ComponentPageAsync()
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            var pages = await scope.ServiceProvider.GetRequiredService<IContentManager>().ListPublishedAsync(new ContentQuery(CmsContentTypes.ComponentPage, "sq") { PageSize = 20 }, Cancel);
            return "/sq/components/" + pages.Items.Single(p => p.Number(CmsContentTypes.Fields.Number) == 2).Slug;
        }
    }

    [Fact]
    public async Task An_editor_starting_a_success_story_in_Albanian_sees_the_new_item_titled_in_Albanian()
    {
        await using var world = await StartUpsWorld.StartAsync(provider);
        using var admin = await world.SignedInAsync();

        using var response = await admin.GetAsync($"/admin/contents/create?type={SuccessStories.Type}&culture=sq", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync(Cancel);
        Assert.Contains("<h1 class=\"h3 mb-0\">Element i ri: Histori suksesi</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<title>Element i ri: Histori suksesi · ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Success story", page, StringComparison.Ordinal);
    }

    private static ContentItem Story(IContentManager content, bool consent)
    {
        var story = content.New(SuccessStories.Type, "sq");
        story.DisplayText = Title;
        story.Slug = "furra-e-artes";
        story.Summary = "Arta hapi furrën e saj me pajisjet e komponentit 2.";
        story.Data["body"] = new JsonObject { ["html"] = "<p>Bukë e freskët çdo mëngjes.</p>" };
        var fields = new JsonObject
        {
            [SuccessStories.Fields.BusinessName] = "Furra Arta",
            [SuccessStories.Fields.Municipality] = "malisheva",
            [SuccessStories.Fields.Sector] = "food-processing",
            [SuccessStories.Fields.ConsentGiven] = consent,
        };
        if (consent)
        {
            fields[SuccessStories.Fields.ConsentDate] = "2026-10-02";
        }

        story.Data["fields"] = fields;
        return story;
    }
}
