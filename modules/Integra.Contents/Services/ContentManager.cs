using System.Security.Claims;
using System.Text.Json.Nodes;
using Integra.Contents.Data;
using Integra.Contents.Models;
using Integra.Core.Features;
using Integra.Core.Localization;
using Integra.Core.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Integra.Contents.Services;

/// <summary>
/// The content store on <see cref="ContentsDbContext"/>. Items are deleted for good (every version), not
/// hidden; whoever needs an item back restores it from a backup.
/// </summary>
public sealed class ContentManager(
    ContentsDbContext db,
    FeatureContributions contributions,
    FeatureState features,
    IServiceProvider services,
    ContentSanitizer sanitizer,
    PublishedContentCache published,
    IHttpContextAccessor http,
    TimeProvider clock,
    IStringLocalizer<ContentManager> t,
    ILogger<ContentManager> logger) : IContentManager
{
    private IReadOnlyList<ContentTypeDefinition>? _types;

    public IReadOnlyList<ContentTypeDefinition> ContentTypes => _types ??=
        contributions.Enabled<IContentTypeProvider>(features, services)
            .SelectMany(p => p.GetContentTypes())
            .GroupBy(type => type.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();

    public ContentTypeDefinition? FindType(string name) => ContentTypes.FirstOrDefault(type => type.Name == name);

    public ContentItem New(string contentType, string culture)
    {
        var id = NewId();
        var now = clock.GetUtcNow().UtcDateTime;
        return new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = NewId(),
            ContentType = contentType,
            Culture = Cultures.Normalize(culture) ?? culture,
            TranslationSetId = id,
            Owner = CurrentUserId,
            Author = CurrentUserName,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
    }

    public Task<ContentItem?> GetLatestAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Latest, cancellationToken);

    public Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemId == contentItemId && x.Published, cancellationToken);

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AsNoTracking().FirstOrDefaultAsync(x => x.ContentItemVersionId == contentItemVersionId, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking().Where(x => x.ContentItemId == contentItemId).OrderByDescending(x => x.Version).ToListAsync(cancellationToken);

    public async Task<ContentItem?> FindPublishedAsync(string culture, string routePrefix, string slug, CancellationToken cancellationToken = default)
    {
        foreach (var type in TypeNamesWithPrefix(routePrefix))
        {
            if ((await PublishedSetAsync(type, culture, cancellationToken)).BySlug.TryGetValue(slug, out var item))
            {
                return item.ShallowCopy();
            }
        }

        return null;
    }

    public async Task<ContentPage> ListPublishedAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        if (FindType(query.ContentType) is null)
        {
            return new ContentPage([], 0, 1, pageSize);
        }

        IReadOnlyList<ContentItem> items = (await PublishedSetAsync(query.ContentType, query.Culture, cancellationToken)).Items;
        if (query.Month is { } month)
        {
            var from = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var to = from.AddMonths(1);
            items = items.Where(x => x.PublishedUtc >= from && x.PublishedUtc < to).ToList();
        }

        var page = Math.Max(1, query.Page);
        var rows = items.Skip((page - 1) * pageSize).Take(pageSize).Select(item => item.ShallowCopy()).ToList();
        return new ContentPage(rows, items.Count, page, pageSize);
    }

    public async Task<IReadOnlyDictionary<string, ContentItem>> GetTranslationsAsync(string translationSetId, bool publishedOnly, CancellationToken cancellationToken = default)
    {
        if (!publishedOnly)
        {
            return ByCulture(await db.ContentItems.AsNoTracking()
                .Where(x => x.TranslationSetId == translationSetId && x.Latest)
                .ToListAsync(cancellationToken));
        }

        var translations = await published.GetOrLoadAsync(new TranslationsKey(translationSetId), async () => ByCulture((await db.ContentItems.AsNoTracking()
            .Where(x => x.TranslationSetId == translationSetId && x.Published)
            .ToListAsync(cancellationToken)).Select(PublishedContentCache.Materialise)));
        return translations.ToDictionary(pair => pair.Key, pair => pair.Value.ShallowCopy(), StringComparer.Ordinal);

        static IReadOnlyDictionary<string, ContentItem> ByCulture(IEnumerable<ContentItem> rows) =>
            rows.GroupBy(x => x.Culture, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<ContentItem>> FindReferencingAsync(string text, CancellationToken cancellationToken = default)
    {
        // The JSON documents are compared in memory: a site holds thousands of items, not millions, and this
        // runs only when staff are about to delete a file.
        var latest = await db.ContentItems.AsNoTracking().Where(x => x.Latest).ToListAsync(cancellationToken);
        return latest.Where(x => x.Data.ToJsonString().Contains(text, StringComparison.Ordinal)).ToList();
    }

    public Task<ContentResult> SaveDraftAsync(ContentItem item, Guid? expectedRevision, CancellationToken cancellationToken = default) =>
        SaveAsync(item, expectedRevision, publish: false, generated: false, cancellationToken);

    public Task<ContentResult> PublishAsync(ContentItem item, Guid? expectedRevision, CancellationToken cancellationToken = default) =>
        SaveAsync(item, expectedRevision, publish: true, generated: false, cancellationToken);

    public async Task<ContentResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems.Where(x => x.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault(x => x.Latest);
        if (latest is null)
        {
            return Missing();
        }

        var published = versions.FirstOrDefault(x => x.Published);
        foreach (var version in versions)
        {
            version.UnpublishAtUtc = null;
            if (version.Published)
            {
                version.Published = false;
                version.Revision = Guid.NewGuid();
            }
        }

        if (!await CommitAsync(cancellationToken))
        {
            return Conflict(latest);
        }

        if (published is not null)
        {
            await RaiseAsync((h, c) => h.UnpublishedAsync(published, c), cancellationToken);
            if (published.Culture == Cultures.SerbianLatin)
            {
                await UnpublishGeneratedCyrillicAsync(published, cancellationToken);
            }
        }

        return ContentResult.Ok(latest);
    }

    public async Task<ContentResult> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var versions = await db.ContentItems.Where(x => x.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault(x => x.Latest);
        if (latest is null)
        {
            return Missing();
        }

        db.ContentItems.RemoveRange(versions);
        if (!await CommitAsync(cancellationToken))
        {
            return Conflict(latest);
        }

        await RaiseAsync((h, c) => h.DeletedAsync(latest, c), cancellationToken);
        return ContentResult.Ok(latest);
    }

    public async Task<ContentResult> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var old = await GetVersionAsync(contentItemVersionId, cancellationToken);
        var latest = old is null ? null : await GetLatestAsync(old.ContentItemId, cancellationToken);
        if (old is null || latest is null)
        {
            return Missing();
        }

        latest.DisplayText = old.DisplayText;
        latest.Slug = old.Slug;
        latest.Summary = old.Summary;
        latest.Data = (JsonObject)old.Data.DeepClone();
        return await SaveAsync(latest, latest.Revision, publish: false, generated: false, cancellationToken);
    }

    public async Task<ContentResult> TranslateAsync(string contentItemId, string culture, CancellationToken cancellationToken = default)
    {
        var source = await GetLatestAsync(contentItemId, cancellationToken);
        if (source is null)
        {
            return Missing();
        }

        var target = Cultures.Normalize(culture);
        if (target is null)
        {
            return Failed("Culture", t["Choose one of the site's languages."]);
        }

        if (await db.ContentItems.AnyAsync(x => x.TranslationSetId == source.TranslationSetId && x.Culture == target && x.Latest, cancellationToken))
        {
            return Failed("Culture", t["This item already has a translation in {0}.", Cultures.NativeName(target)]);
        }

        var translation = New(source.ContentType, target);
        translation.TranslationSetId = source.TranslationSetId;
        translation.DisplayText = source.DisplayText;
        translation.Summary = source.Summary;
        translation.Slug = source.Slug;
        translation.Data = (JsonObject)source.Data.DeepClone();
        translation.Data.Remove(ContentRules.GeneratedFrom);
        return await SaveAsync(translation, null, publish: false, generated: false, cancellationToken, uniqueSlug: true);
    }

    public async Task<int> RunScheduleAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var types = ContentTypes.Select(type => type.Name).ToList();
        var due = await db.ContentItems.AsNoTracking()
            .Where(x => x.Latest && !x.Published && x.PublishAtUtc != null && x.PublishAtUtc <= nowUtc && types.Contains(x.ContentType))
            .ToListAsync(cancellationToken);
        var expired = await db.ContentItems.AsNoTracking()
            .Where(x => x.Published && x.UnpublishAtUtc != null && x.UnpublishAtUtc <= nowUtc && types.Contains(x.ContentType))
            .Select(x => x.ContentItemId)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var item in due)
        {
            item.PublishAtUtc = null;
            var result = await SaveAsync(item, item.Revision, publish: true, generated: item.Data.ContainsKey(ContentRules.GeneratedFrom), cancellationToken, uniqueSlug: true);
            changed += result.Succeeded ? 1 : 0;
            if (!result.Succeeded)
            {
                logger.LogWarning("Scheduled publishing of {ContentItemId} failed: {Errors}", item.ContentItemId, string.Join("; ", result.Errors.Values));
            }
        }

        foreach (var id in expired)
        {
            changed += (await UnpublishAsync(id, cancellationToken)).Succeeded ? 1 : 0;
        }

        return changed;
    }

    private async Task<ContentResult> SaveAsync(ContentItem item, Guid? expectedRevision, bool publish, bool generated, CancellationToken cancellationToken, bool uniqueSlug = false)
    {
        var type = FindType(item.ContentType);
        if (type is null)
        {
            return Failed(string.Empty, t["This content type is not available."]);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var title = ContentSanitizer.PlainText(item.DisplayText);
        if (type.Has(ContentParts.Title))
        {
            if (title.Length == 0)
            {
                errors["Title"] = t["Enter a title."];
            }
            else if (title.Length > ContentRules.MaxTitleLength)
            {
                errors["Title"] = t["The title must be at most {0} characters long.", ContentRules.MaxTitleLength];
            }
        }

        var summary = type.Has(ContentParts.Summary) ? ContentSanitizer.PlainText(item.Summary) : string.Empty;
        if (summary.Length > ContentRules.MaxSummaryLength)
        {
            errors["Summary"] = t["The summary must be at most {0} characters long.", ContentRules.MaxSummaryLength];
        }

        var culture = Cultures.Normalize(item.Culture);
        if (culture is null)
        {
            errors["Culture"] = t["Choose one of the site's languages."];
        }

        string? slug = null;
        var explicitSlug = !string.IsNullOrWhiteSpace(item.Slug) && !uniqueSlug;
        if (type.Has(ContentParts.Route))
        {
            if (!string.IsNullOrWhiteSpace(item.Slug) && item.Slug.Length > ContentRules.MaxSlugLength)
            {
                errors["Slug"] = t["The address (slug) must be at most {0} characters long.", ContentRules.MaxSlugLength];
            }
            else
            {
                slug = SlugGenerator.Slugify(string.IsNullOrWhiteSpace(item.Slug) ? title : item.Slug);
                slug = SlugGenerator.Truncate(slug, ContentRules.MaxSlugLength);
                if (slug.Length == 0 && title.Length > 0)
                {
                    errors["Slug"] = t["The address (slug) needs at least one letter or digit."];
                }
            }
        }

        if (item.PublishAtUtc is { } publishAt && item.UnpublishAtUtc is { } unpublishAt && unpublishAt <= publishAt)
        {
            errors["UnpublishAtUtc"] = t["The unpublish time must come after the publish time."];
        }

        var data = (JsonObject)item.Data.DeepClone();
        SanitizeData(type, data, errors);
        if (publish && errors.Count == 0)
        {
            foreach (var rule in contributions.Enabled<IContentPublishRule>(features, services))
            {
                foreach (var (key, message) in rule.Check(type, data))
                {
                    errors.TryAdd(key, message);
                }
            }
        }

        if (errors.Count > 0)
        {
            return new ContentResult(null, errors);
        }

        var latest = await db.ContentItems.FirstOrDefaultAsync(x => x.ContentItemId == item.ContentItemId && x.Latest, cancellationToken);
        if (latest is not null && expectedRevision is { } expected && latest.Revision != expected)
        {
            return Conflict(latest);
        }

        if (slug is not null && slug.Length > 0)
        {
            var taken = await SlugsTakenAsync(type.RoutePrefix, culture!, item.ContentItemId, slug, cancellationToken);
            if (taken.Contains(slug))
            {
                if (explicitSlug)
                {
                    return Failed("Slug", t["Another item in this language already uses the address “{0}”.", slug]);
                }

                slug = UniqueSlug(slug, taken);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ContentItem target;
        if (latest is null)
        {
            target = new ContentItem
            {
                ContentItemId = item.ContentItemId,
                ContentItemVersionId = NewId(),
                ContentType = type.Name,
                Culture = culture!,
                TranslationSetId = string.IsNullOrEmpty(item.TranslationSetId) ? item.ContentItemId : item.TranslationSetId,
                Version = 1,
                Owner = item.Owner ?? CurrentUserId,
                CreatedUtc = now,
            };
            db.ContentItems.Add(target);
        }
        else if (latest.Published)
        {
            latest.Latest = false;
            latest.Revision = Guid.NewGuid();
            target = new ContentItem
            {
                ContentItemId = latest.ContentItemId,
                ContentItemVersionId = NewId(),
                ContentType = latest.ContentType,
                Culture = latest.Culture,
                TranslationSetId = latest.TranslationSetId,
                Version = latest.Version + 1,
                Owner = latest.Owner,
                CreatedUtc = latest.CreatedUtc,
            };
            db.ContentItems.Add(target);
        }
        else
        {
            target = latest;
        }

        target.Latest = true;
        target.DisplayText = title;
        target.Slug = slug;
        target.Summary = summary.Length == 0 ? null : summary;
        target.PublishAtUtc = type.Has(ContentParts.PublishLater) ? item.PublishAtUtc : null;
        target.UnpublishAtUtc = type.Has(ContentParts.PublishLater) ? item.UnpublishAtUtc : null;
        target.Author = CurrentUserName ?? target.Author ?? item.Author;
        target.ModifiedUtc = now;
        target.Revision = Guid.NewGuid();
        if (!generated)
        {
            // An editor's own words: never replaced by an automatic transliteration again.
            data.Remove(ContentRules.GeneratedFrom);
        }

        target.Data = data;

        var publishedNow = false;
        if (publish && !(target.PublishAtUtc > now))
        {
            var others = await db.ContentItems.Where(x => x.ContentItemId == target.ContentItemId && x.Published).ToListAsync(cancellationToken);
            var firstPublished = await db.ContentItems.Where(x => x.ContentItemId == target.ContentItemId && x.PublishedUtc != null)
                .MinAsync(x => x.PublishedUtc, cancellationToken);
            foreach (var other in others.Where(o => o != target))
            {
                other.Published = false;
                other.Revision = Guid.NewGuid();
            }

            target.Published = true;
            target.PublishAtUtc = null;
            target.PublishedUtc = firstPublished ?? now;
            publishedNow = true;
        }

        if (!await CommitAsync(cancellationToken))
        {
            return Conflict(latest ?? target);
        }

        if (publishedNow)
        {
            await RaiseAsync((h, c) => h.PublishedAsync(target, c), cancellationToken);
            if (target.Culture == Cultures.SerbianLatin && type.Has(ContentParts.Localization))
            {
                await GenerateCyrillicAsync(type, target, cancellationToken);
            }
        }
        else
        {
            await RaiseAsync((h, c) => h.DraftSavedAsync(target, c), cancellationToken);
        }

        return ContentResult.Ok(target);
    }

    /// <summary>
    /// Serbian Cyrillic follows Serbian Latin: created on first publication, refreshed on every later one,
    /// until an editor writes the Cyrillic text themselves.
    /// </summary>
    private async Task GenerateCyrillicAsync(ContentTypeDefinition type, ContentItem latin, CancellationToken cancellationToken)
    {
        var existing = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(x => x.TranslationSetId == latin.TranslationSetId && x.Culture == Cultures.SerbianCyrillic && x.Latest, cancellationToken);
        if (existing is not null && !existing.Data.ContainsKey(ContentRules.GeneratedFrom))
        {
            return;
        }

        var cyrillic = existing ?? New(type.Name, Cultures.SerbianCyrillic);
        cyrillic.TranslationSetId = latin.TranslationSetId;
        cyrillic.DisplayText = SerbianTransliterator.ToCyrillic(latin.DisplayText);
        cyrillic.Summary = latin.Summary is null ? null : SerbianTransliterator.ToCyrillic(latin.Summary);
        cyrillic.Slug = existing?.Slug ?? latin.Slug;
        cyrillic.Owner ??= latin.Owner;
        cyrillic.Data = Transliterate(type, latin.Data);
        cyrillic.Data[ContentRules.GeneratedFrom] = latin.ContentItemVersionId;
        var result = await SaveAsync(cyrillic, existing?.Revision, publish: true, generated: true, cancellationToken, uniqueSlug: true);
        if (!result.Succeeded)
        {
            logger.LogWarning("The Serbian Cyrillic version of {ContentItemId} was not generated: {Errors}", latin.ContentItemId, string.Join("; ", result.Errors.Values));
        }
    }

    private async Task UnpublishGeneratedCyrillicAsync(ContentItem latin, CancellationToken cancellationToken)
    {
        var cyrillic = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(x => x.TranslationSetId == latin.TranslationSetId && x.Culture == Cultures.SerbianCyrillic && x.Published, cancellationToken);
        if (cyrillic is not null && cyrillic.Data.ContainsKey(ContentRules.GeneratedFrom))
        {
            await UnpublishAsync(cyrillic.ContentItemId, cancellationToken);
        }
    }

    private static JsonObject Transliterate(ContentTypeDefinition type, JsonObject source)
    {
        var data = (JsonObject)source.DeepClone();
        TransliterateValue(data["body"] as JsonObject, "html");
        TransliterateValue(data["image"] as JsonObject, "alt");
        TransliterateValue(data["seo"] as JsonObject, "title");
        TransliterateValue(data["seo"] as JsonObject, "description");
        if (data["fields"] is JsonObject fields)
        {
            foreach (var field in type.Fields)
            {
                switch (field.Kind)
                {
                    case ContentFieldKind.Text or ContentFieldKind.LongText or ContentFieldKind.Html:
                        TransliterateValue(fields, field.Name);
                        break;
                    case ContentFieldKind.QuestionsAndAnswers when fields[field.Name] is JsonArray pairs:
                        foreach (var pair in pairs.OfType<JsonObject>())
                        {
                            TransliterateValue(pair, "question");
                            TransliterateValue(pair, "answer");
                        }

                        break;
                }
            }
        }

        return data;
    }

    private static void TransliterateValue(JsonObject? container, string key)
    {
        if (container?[key] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            container[key] = SerbianTransliterator.ToCyrillic(text);
        }
    }

    private void SanitizeData(ContentTypeDefinition type, JsonObject data, Dictionary<string, string> errors)
    {
        if (data["body"] is JsonObject body && body["html"] is JsonValue html && html.TryGetValue<string>(out var bodyHtml))
        {
            body["html"] = sanitizer.Html(bodyHtml);
        }

        if (data["image"] is JsonObject image)
        {
            PlainTextValue(image, "path");
            PlainTextValue(image, "alt");
            if (!string.IsNullOrEmpty(image["path"]?.GetValue<string>()) && string.IsNullOrEmpty(image["alt"]?.GetValue<string>()))
            {
                errors["ImageAlt"] = t["Describe the image for people who cannot see it (alternative text)."];
            }
        }

        if (data["seo"] is JsonObject seo)
        {
            PlainTextValue(seo, "title");
            PlainTextValue(seo, "description");
            if ((seo["title"]?.GetValue<string>().Length ?? 0) > ContentRules.MaxSeoTitleLength)
            {
                errors["SeoTitle"] = t["The meta title must be at most {0} characters long.", ContentRules.MaxSeoTitleLength];
            }

            if ((seo["description"]?.GetValue<string>().Length ?? 0) > ContentRules.MaxSeoDescriptionLength)
            {
                errors["SeoDescription"] = t["The meta description must be at most {0} characters long.", ContentRules.MaxSeoDescriptionLength];
            }
        }

        var fields = data["fields"] as JsonObject;
        foreach (var field in type.Fields)
        {
            var value = fields?[field.Name];
            if (field.Kind == ContentFieldKind.Html && value is JsonValue htmlValue && htmlValue.TryGetValue<string>(out var fieldHtml))
            {
                fields![field.Name] = sanitizer.Html(fieldHtml);
            }
            else if (field.Kind is ContentFieldKind.Text or ContentFieldKind.Url or ContentFieldKind.Choice or ContentFieldKind.Media)
            {
                PlainTextValue(fields, field.Name);
            }
            else if (field.Kind == ContentFieldKind.QuestionsAndAnswers && value is JsonArray pairs)
            {
                foreach (var pair in pairs.OfType<JsonObject>())
                {
                    PlainTextValue(pair, "question");
                    if (pair["answer"] is JsonValue answer && answer.TryGetValue<string>(out var answerHtml))
                    {
                        pair["answer"] = sanitizer.Html(answerHtml);
                    }
                }
            }

            value = fields?[field.Name];
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            var key = "fields." + field.Name;
            if (field.Required && (value is null || (text is not null && text.Trim().Length == 0) || (value is JsonArray { Count: 0 })))
            {
                errors[key] = t["Fill in “{0}”.", t[field.DisplayName].Value];
            }
            else if (field.MaxLength is { } max && text is not null && text.Length > max)
            {
                errors[key] = t["“{0}” must be at most {1} characters long.", t[field.DisplayName].Value, max];
            }
            else if (field.Kind == ContentFieldKind.Choice && !string.IsNullOrEmpty(text) && field.Options.Count > 0 && !field.Options.Contains(text))
            {
                errors[key] = t["Choose one of the options for “{0}”.", t[field.DisplayName].Value];
            }
            else if (field.Kind == ContentFieldKind.Url && !string.IsNullOrEmpty(text)
                && !(Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https") && !text.StartsWith('/'))
            {
                errors[key] = t["“{0}” must be a web address starting with https:// or /.", t[field.DisplayName].Value];
            }
        }
    }

    private static void PlainTextValue(JsonObject? container, string key)
    {
        if (container?[key] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            container[key] = ContentSanitizer.PlainText(text);
        }
    }

    private async Task<HashSet<string>> SlugsTakenAsync(string routePrefix, string culture, string contentItemId, string slug, CancellationToken cancellationToken)
    {
        var types = TypeNamesWithPrefix(routePrefix);
        var taken = await db.ContentItems.AsNoTracking()
            .Where(x => x.Culture == culture && x.ContentItemId != contentItemId && (x.Latest || x.Published)
                && types.Contains(x.ContentType) && x.Slug != null && x.Slug.StartsWith(slug))
            .Select(x => x.Slug!)
            .ToListAsync(cancellationToken);
        return taken.ToHashSet(StringComparer.Ordinal);
    }

    private static string UniqueSlug(string slug, HashSet<string> taken)
    {
        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidate = SlugGenerator.Truncate(slug, ContentRules.MaxSlugLength - suffix.Length) + suffix;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private List<string> TypeNamesWithPrefix(string routePrefix) =>
        ContentTypes.Where(type => type.Has(ContentParts.Route) && string.Equals(type.RoutePrefix, routePrefix, StringComparison.Ordinal))
            .Select(type => type.Name).ToList();

    /// <summary>
    /// Saves in one transaction that also moves the content version; false when another save changed a row in
    /// between (nothing is written then). Once committed, this node's published-content cache moves on at once.
    /// </summary>
    private async Task<bool> CommitAsync(CancellationToken cancellationToken)
    {
        long version;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            // One atomic increment: two nodes committing at once still move the version twice.
            var versionRow = db.ContentVersions.Where(v => v.Id == ContentVersion.SingletonId);
            await versionRow.ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
            version = await versionRow.Select(v => v.Version).SingleAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        published.Advance(version);
        return true;
    }

    /// <summary>Every published item of a type in a culture, newest first (the order of every list), and by slug.</summary>
    private Task<PublishedSet> PublishedSetAsync(string contentType, string culture, CancellationToken cancellationToken) =>
        published.GetOrLoadAsync(new PublishedSetKey(contentType, culture), async () =>
        {
            var items = await db.ContentItems.AsNoTracking()
                .Where(x => x.Published && x.ContentType == contentType && x.Culture == culture)
                .OrderByDescending(x => x.PublishedUtc).ThenByDescending(x => x.Id)
                .ToListAsync(cancellationToken);
            var bySlug = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                PublishedContentCache.Materialise(item);
                if (!string.IsNullOrEmpty(item.Slug))
                {
                    bySlug.TryAdd(item.Slug, item);
                }
            }

            return new PublishedSet(items, bySlug);
        });

    private async Task RaiseAsync(Func<IContentEventHandler, CancellationToken, Task> raise, CancellationToken cancellationToken)
    {
        foreach (var handler in contributions.Enabled<IContentEventHandler>(features, services))
        {
            try
            {
                await raise(handler, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The change is committed; one failing listener (an index, a cache) must not undo it or stop the others.
                logger.LogError(exception, "Content event handler {Handler} failed.", handler.GetType().Name);
            }
        }
    }

    private ContentResult Conflict(ContentItem current) =>
        new(current, new Dictionary<string, string>
        {
            [string.Empty] = t["Someone else saved this item after you opened it. Your changes were not saved: open the item again to see the current text, then make your changes again."],
        }, Conflict: true);

    private ContentResult Missing() => Failed(string.Empty, t["This content item no longer exists."]);

    private static ContentResult Failed(string key, string message) => new(null, new Dictionary<string, string> { [key] = message });

    private string? CurrentUserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private string? CurrentUserName => http.HttpContext?.User.Identity?.IsAuthenticated == true ? http.HttpContext.User.Identity.Name : null;

    private static string NewId() => Guid.NewGuid().ToString("N");

    private sealed record PublishedSet(IReadOnlyList<ContentItem> Items, IReadOnlyDictionary<string, ContentItem> BySlug);

    private sealed record PublishedSetKey(string ContentType, string Culture);

    private sealed record TranslationsKey(string TranslationSetId);
}
