using System.Text.Json.Nodes;
using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.StartUps.Models;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.StartUps.Services;

/// <summary>A success story is published only with the written consent of the person shown, and its date.</summary>
public sealed class SuccessStoryConsentRule(IStringLocalizer<SuccessStoryConsentRule> T) : IContentPublishRule
{
    public IReadOnlyDictionary<string, string> Check(ContentTypeDefinition type, JsonObject data)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (type.Name != SuccessStories.Type)
        {
            return errors;
        }

        var fields = data["fields"] as JsonObject;
        if (!(fields?[SuccessStories.Fields.ConsentGiven] is JsonValue given && given.TryGetValue<bool>(out var consent) && consent))
        {
            errors["fields." + SuccessStories.Fields.ConsentGiven] = T["A success story can only be published with the written consent of the person shown. Record the consent first."];
        }

        if (fields?[SuccessStories.Fields.ConsentDate] is not JsonValue date || !date.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text))
        {
            errors["fields." + SuccessStories.Fields.ConsentDate] = T["Enter the date the written consent was given."];
        }

        return errors;
    }
}

/// <summary>The latest published success stories on component 2's public page; gone while the feature is off.</summary>
public sealed class SuccessStorySections(IContentManager content, SiteContent site, IStringLocalizer<SuccessStorySections> T) : IComponentSectionProvider
{
    public async Task<IReadOnlyList<ComponentSection>> SectionsAsync(string component, string culture, CancellationToken cancellationToken)
    {
        if (component != StartUpsModule.Component)
        {
            return [];
        }

        var stories = await content.ListPublishedAsync(new ContentQuery(SuccessStories.Type, culture) { PageSize = SuccessStories.OnComponentPage }, cancellationToken);
        var municipalities = await site.MunicipalitiesAsync(culture, cancellationToken);
        var entries = stories.Items
            .Select(story => new ComponentSectionEntry(story.DisplayText, site.PathOf(story) ?? "#", story.Summary, SuccessStoryText.Details(story, municipalities, culture)))
            .ToList();
        using (UiCulture.Use(culture))
        {
            return [new ComponentSection(T["Success stories"], entries)];
        }
    }
}

/// <summary>Component pages list the latest stories, so their cached copies go when a story is published, withdrawn or deleted.</summary>
public sealed class SuccessStoryEviction(IOutputCacheStore store) : IContentEventHandler
{
    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => EvictAsync(item, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => EvictAsync(item, cancellationToken);

    public Task DeletedAsync(ContentItem item, CancellationToken cancellationToken) => EvictAsync(item, cancellationToken);

    private async Task EvictAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.ContentType == SuccessStories.Type)
        {
            await store.EvictByTagAsync(CmsOutputCache.TypeTagPrefix + CmsContentTypes.ComponentPage, cancellationToken);
        }
    }
}

/// <summary>The line under a story's title: business, municipality and sector, in the story's language.</summary>
public static class SuccessStoryText
{
    public static string Details(ContentItem story, IReadOnlyDictionary<string, ContentItem> municipalities, string culture)
    {
        var municipality = story.Text(SuccessStories.Fields.Municipality) is { } code && municipalities.TryGetValue(code, out var page) ? page.DisplayText : null;
        var sector = Sectors.Options.FirstOrDefault(o => o.Value == story.Text(SuccessStories.Fields.Sector))?.Label.For(culture);
        return string.Join(" · ", new[] { story.Text(SuccessStories.Fields.BusinessName), municipality, sector }.Where(part => !string.IsNullOrWhiteSpace(part)));
    }
}
