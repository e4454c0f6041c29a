using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Integra.Cms.Models;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Data;
using Integra.Core.Localization;

namespace Integra.Cms.Seed;

/// <summary>INTEGRA's pages, components, municipalities and partners, plus example news, calls, events and questions, in every culture and linked as translations.</summary>
public sealed class CmsSeed(IContentManager content, TimeProvider clock) : IFeatureSeed
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var componentSlugs = ProjectContent.Components.ToDictionary(c => c.Number, c => c.Slug);

        await PublishAsync(CmsContentTypes.Page, ProjectContent.AboutTitle, ProjectContent.AboutSlug, ProjectContent.AboutSummary, culture =>
            string.Concat(ProjectContent.AboutParagraphs.Select(p => Paragraph(p.For(culture))))
            + Paragraph(ProjectContent.ComponentsIntro.For(culture))
            + "<ul>" + string.Concat(ProjectContent.Components.Select(c =>
                $"<li><a href=\"/{culture}/components/{SlugFor(c.Slug, culture)}\">{WebUtility.HtmlEncode(c.Title.For(culture))}</a></li>")) + "</ul>",
            null, cancellationToken);

        foreach (var component in ProjectContent.Components)
        {
            await PublishAsync(CmsContentTypes.ComponentPage, component.Title, component.Slug, component.Summary,
                culture => Paragraph(component.Body.For(culture)) + (ProjectContent.ComponentClosing(component.Number) is { } closing ? Paragraph(closing.For(culture)) : string.Empty),
                (fields, culture) =>
                {
                    fields[CmsContentTypes.Fields.Number] = component.Number;
                    fields[CmsContentTypes.Fields.Target] = component.Target;
                    fields[CmsContentTypes.Fields.TargetUnit] = component.TargetUnit.For(culture);
                    if (component.SecondTarget is { } second && component.SecondTargetUnit is { } unit)
                    {
                        fields[CmsContentTypes.Fields.SecondTarget] = second;
                        fields[CmsContentTypes.Fields.SecondTargetUnit] = unit.For(culture);
                    }
                },
                cancellationToken);
        }

        foreach (var municipality in ProjectContent.Municipalities)
        {
            await PublishAsync(CmsContentTypes.Municipality, municipality.Name, municipality.Slug, null,
                culture => Paragraph(ProjectContent.MunicipalityIntro(municipality.Name).For(culture)) + (municipality.Note is { } note ? Paragraph(note.For(culture)) : string.Empty),
                (fields, _) => fields[CmsContentTypes.Fields.Code] = municipality.Code,
                cancellationToken);
        }

        foreach (var partner in ProjectContent.Partners)
        {
            await PublishAsync(CmsContentTypes.Partner, partner.Name, null, partner.Summary, null,
                (fields, _) =>
                {
                    fields[CmsContentTypes.Fields.Role] = partner.Role;
                    if (partner.Link is not null)
                    {
                        fields[CmsContentTypes.Fields.Link] = partner.Link;
                    }
                },
                cancellationToken);
        }

        foreach (var call in ExampleContent.Calls)
        {
            await PublishAsync(CmsContentTypes.Call, call.Title, call.Slug, call.Summary, culture => Paragraph(call.Body.For(culture)),
                (fields, culture) =>
                {
                    fields[CmsContentTypes.Fields.Component] = call.Component;
                    fields[CmsContentTypes.Fields.CallNumber] = call.CallNumber;
                    fields[CmsContentTypes.Fields.OpensAt] = Iso(LocalAfternoon(now, call.OpensInDays, 9));
                    fields[CmsContentTypes.Fields.ClosesAt] = Iso(LocalAfternoon(now, call.ClosesInDays, 16));
                    fields[CmsContentTypes.Fields.WhoMayApply] = call.WhoMayApply.For(culture);
                    fields[CmsContentTypes.Fields.Questions] = new JsonArray([.. call.Questions.Select(q => (JsonNode)new JsonObject
                    {
                        ["question"] = q.Question.For(culture),
                        ["answer"] = q.Answer.For(culture),
                    })]);
                    fields[CmsContentTypes.Fields.Municipalities] = new JsonArray([.. CmsContentTypes.MunicipalityCodes.Select(c => (JsonNode)c)]);
                },
                cancellationToken);
        }

        foreach (var news in ExampleContent.NewsItems)
        {
            await PublishAsync(CmsContentTypes.NewsArticle, news.Title, news.Slug, news.Summary, culture => Paragraph(news.Body.For(culture)),
                (fields, _) => fields[CmsContentTypes.Fields.Municipalities] = new JsonArray([.. news.Municipalities.Select(c => (JsonNode)c)]),
                cancellationToken);
        }

        foreach (var example in ExampleContent.Events)
        {
            await PublishAsync(CmsContentTypes.Event, example.Title, example.Slug, example.Summary, culture => Paragraph(example.Body.For(culture)),
                (fields, culture) =>
                {
                    fields[CmsContentTypes.Fields.StartsAt] = Iso(LocalAfternoon(now, example.InDays, example.StartHour));
                    fields[CmsContentTypes.Fields.EndsAt] = Iso(LocalAfternoon(now, example.InDays, example.EndHour));
                    fields[CmsContentTypes.Fields.Place] = example.Place.For(culture);
                    fields[CmsContentTypes.Fields.Municipalities] = new JsonArray([.. example.Municipalities.Select(c => (JsonNode)c)]);
                },
                cancellationToken);
        }

        foreach (var question in ExampleContent.Questions)
        {
            await PublishAsync(CmsContentTypes.Faq, question.Title, question.Slug, null, culture => Paragraph(question.Answer.For(culture)), null, cancellationToken);
        }
    }

    /// <summary>Slugs stay in Latin letters, so Serbian Cyrillic shares the Serbian Latin slug.</summary>
    public static string SlugFor(SeedText slug, string culture) =>
        slug.For(culture == Cultures.SerbianCyrillic ? Cultures.SerbianLatin : culture);

    private async Task PublishAsync(
        string type,
        SeedText title,
        SeedText? slug,
        SeedText? summary,
        Func<string, string>? body,
        Action<JsonObject, string>? fields,
        CancellationToken cancellationToken)
    {
        string? translationSetId = null;

        // Cyrillic before Latin: the store then keeps these written texts (proper names stay in Latin script)
        // instead of generating a transliteration when the Latin item is published.
        foreach (var culture in (string[])[Cultures.Albanian, Cultures.SerbianCyrillic, Cultures.SerbianLatin, Cultures.English])
        {
            var item = content.New(type, culture);
            translationSetId ??= item.TranslationSetId;
            item.TranslationSetId = translationSetId;
            item.DisplayText = title.For(culture);
            item.Slug = slug is null ? null : SlugFor(slug, culture);
            item.Summary = summary?.For(culture);
            if (body is not null)
            {
                item.Data["body"] = new JsonObject { ["html"] = body(culture) };
            }

            var values = new JsonObject();
            fields?.Invoke(values, culture);
            item.Data["fields"] = values;
            var result = await content.PublishAsync(item, null, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Seeding {type} '{item.DisplayText}' ({culture}) failed: {string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}"))}");
            }
        }
    }

    private static string Paragraph(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A whole hour in Belgrade, some days from now, so seeded deadlines read naturally (e.g. 16:00).</summary>
    private static DateTime LocalAfternoon(DateTime nowUtc, int days, int hour)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Services.SiteTime.DefaultTimeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone).Date.AddDays(days).AddHours(hour);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }
}
