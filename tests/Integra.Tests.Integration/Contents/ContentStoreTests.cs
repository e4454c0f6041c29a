using System.Text.Json.Nodes;
using Integra.Contents.Models;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Integra.Testing;
using Integra.Testing.Kernel;
using static Integra.Tests.Integration.Contents.NoticesFixtureModule;

namespace Integra.Tests.Integration.Contents;

/// <summary>The content store as other modules use it: versions, publication, translations, schedule.</summary>
public abstract class ContentStoreTests(string provider)
{
    [Fact]
    public async Task A_draft_is_not_public_and_a_published_item_is_found_at_its_address()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var draft = await contents.WithContentsAsync(m => m.SaveDraftAsync(Notice(m, "Hapja e qendrës në Pejë"), null));
        Assert.True(draft.Succeeded);
        Assert.Equal("hapja-e-qendres-ne-peje", draft.Item!.Slug);
        Assert.Null(await contents.WithContentsAsync(m => m.FindPublishedAsync(Cultures.Albanian, RoutePrefix, "hapja-e-qendres-ne-peje")));

        var published = await contents.WithContentsAsync(async m => await m.PublishAsync((await m.GetLatestAsync(draft.Item.ContentItemId))!, draft.Item.Revision));

        Assert.True(published.Succeeded);
        var found = await contents.WithContentsAsync(m => m.FindPublishedAsync(Cultures.Albanian, RoutePrefix, "hapja-e-qendres-ne-peje"));
        Assert.Equal("Hapja e qendrës në Pejë", found?.DisplayText);
    }

    [Fact]
    public async Task Serbian_and_Cyrillic_titles_give_ascii_slugs_unique_in_their_language()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var first = await contents.WithContentsAsync(m => m.SaveDraftAsync(Notice(m, "Đaci iz Štrpca", Cultures.SerbianLatin), null));
        var second = await contents.WithContentsAsync(m => m.SaveDraftAsync(Notice(m, "Ђаци из Штрпца", Cultures.SerbianLatin), null));

        Assert.Equal("djaci-iz-strpca", first.Item!.Slug);
        Assert.Equal("djaci-iz-strpca-2", second.Item!.Slug);
    }

    [Fact]
    public async Task A_taken_address_chosen_by_hand_is_refused_with_a_message()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        await contents.WithContentsAsync(m => m.SaveDraftAsync(Notice(m, "Thirrje"), null));
        var other = await contents.WithContentsAsync(m =>
        {
            var item = Notice(m, "Një tjetër");
            item.Slug = "thirrje";
            return m.SaveDraftAsync(item, null);
        });

        Assert.False(other.Succeeded);
        Assert.Equal("Another item in this language already uses the address “thirrje”.", other.Errors["Slug"]);
    }

    [Fact]
    public async Task Editing_a_published_item_makes_a_second_version_and_restoring_brings_the_first_text_back()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var v1 = await contents.WithContentsAsync(m => m.PublishAsync(Notice(m, "First title", body: "<p>First body</p>"), null));
        var v2 = await contents.WithContentsAsync(async m =>
        {
            var latest = (await m.GetLatestAsync(v1.Item!.ContentItemId))!;
            latest.DisplayText = "Second title";
            latest.Data["body"] = new JsonObject { ["html"] = "<p>Second body</p>" };
            return await m.SaveDraftAsync(latest, latest.Revision);
        });
        Assert.Equal(2, v2.Item!.Version);
        Assert.Equal("First title", (await contents.WithContentsAsync(m => m.GetPublishedAsync(v1.Item!.ContentItemId)))!.DisplayText);

        var restored = await contents.WithContentsAsync(m => m.RestoreAsync(v1.Item!.ContentItemVersionId));

        Assert.True(restored.Succeeded);
        var versions = await contents.WithContentsAsync(m => m.GetVersionsAsync(v1.Item!.ContentItemId));
        Assert.Equal(2, versions.Count);
        Assert.Equal("First title", versions[0].DisplayText);
        Assert.Equal("<p>First body</p>", versions[0].Data["body"]!["html"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_saves_of_the_same_loaded_revision_make_the_second_a_conflict_and_keep_the_first()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var created = await contents.WithContentsAsync(m => m.SaveDraftAsync(Notice(m, "Shared"), null));
        var loadedByBoth = created.Item!.Revision;

        var first = await contents.WithContentsAsync(async m =>
        {
            var item = (await m.GetLatestAsync(created.Item.ContentItemId))!;
            item.DisplayText = "First editor's title";
            return await m.SaveDraftAsync(item, loadedByBoth);
        });
        var second = await contents.WithContentsAsync(async m =>
        {
            var item = (await m.GetLatestAsync(created.Item.ContentItemId))!;
            item.DisplayText = "Second editor's title";
            return await m.SaveDraftAsync(item, loadedByBoth);
        });

        Assert.True(first.Succeeded);
        Assert.True(second.Conflict);
        Assert.StartsWith("Someone else saved this item after you opened it.", second.Errors[string.Empty], StringComparison.Ordinal);
        Assert.Equal("First editor's title", (await contents.WithContentsAsync(m => m.GetLatestAsync(created.Item.ContentItemId)))!.DisplayText);
    }

    [Fact]
    public async Task Script_in_a_title_is_kept_as_text_and_script_in_rich_text_is_removed()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var saved = await contents.WithContentsAsync(m =>
        {
            var item = Notice(m, "<b>Lajm</b> <script>alert('x')</script>i ri", body: "<p onclick=\"steal()\">Tekst</p><script>alert('x')</script><img src=x onerror=alert(1)>");
            item.Data["fields"] = new JsonObject { ["Details"] = "<a href=\"javascript:alert(1)\">link</a><em>ok</em>" };
            return m.SaveDraftAsync(item, null);
        });

        var item = saved.Item!;
        Assert.Equal("Lajm i ri", item.DisplayText);
        var body = item.Data["body"]!["html"]!.GetValue<string>();
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Tekst</p>", body, StringComparison.Ordinal);
        var details = item.Data["fields"]!["Details"]!.GetValue<string>();
        Assert.DoesNotContain("javascript", details, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<em>ok</em>", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_thousand_character_slug_is_refused_and_nothing_is_saved()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var item = await contents.WithContentsAsync(m => Task.FromResult(Notice(m, "Long")));
        item.Slug = new string('a', 10_000);

        var result = await contents.WithContentsAsync(m => m.SaveDraftAsync(item, null));

        Assert.False(result.Succeeded);
        Assert.Equal("The address (slug) must be at most 200 characters long.", result.Errors["Slug"]);
        Assert.Null(await contents.WithContentsAsync(m => m.GetLatestAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task A_scheduled_item_is_published_by_the_job_once_the_clock_passes_its_time()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var at = contents.Clock.GetUtcNow().UtcDateTime.AddDays(2);
        var scheduled = await contents.WithContentsAsync(m =>
        {
            var item = Notice(m, "Scheduled notice");
            item.PublishAtUtc = at;
            return m.PublishAsync(item, null);
        });
        Assert.False(scheduled.Item!.Published);
        Assert.Null(await contents.WithContentsAsync(m => m.FindPublishedAsync(Cultures.Albanian, RoutePrefix, "scheduled-notice")));

        contents.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        await Poll.UntilAsync(
            async () => await contents.WithContentsAsync(m => m.FindPublishedAsync(Cultures.Albanian, RoutePrefix, "scheduled-notice")) is not null,
            TimeSpan.FromSeconds(20), "the schedule job to publish the notice", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Translating_makes_a_linked_draft_and_refuses_a_second_one_in_the_same_language()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var source = await contents.WithContentsAsync(m => m.SaveDraftAsync(Notice(m, "Njoftim"), null));

        var translation = await contents.WithContentsAsync(m => m.TranslateAsync(source.Item!.ContentItemId, Cultures.English));
        var again = await contents.WithContentsAsync(m => m.TranslateAsync(source.Item!.ContentItemId, Cultures.English));

        Assert.True(translation.Succeeded);
        Assert.Equal(source.Item!.TranslationSetId, translation.Item!.TranslationSetId);
        Assert.False(translation.Item.Published);
        Assert.False(again.Succeeded);
        var set = await contents.WithContentsAsync(m => m.GetTranslationsAsync(source.Item.TranslationSetId, publishedOnly: false));
        Assert.Equal([Cultures.English, Cultures.Albanian], set.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Serbian_Cyrillic_follows_Serbian_Latin_until_an_editor_writes_it()
    {
        await using var contents = await ContentsApp.StartAsync(provider);
        var latin = await contents.WithContentsAsync(m => m.PublishAsync(Notice(m, "Škola u Gračanici", Cultures.SerbianLatin, "<p>Učenici i nastavnici</p>"), null));

        var cyrillic = (await contents.WithContentsAsync(m => m.GetTranslationsAsync(latin.Item!.TranslationSetId, publishedOnly: true)))[Cultures.SerbianCyrillic];
        Assert.Equal("Школа у Грачаници", cyrillic.DisplayText);
        Assert.Equal("<p>Ученици и наставници</p>", cyrillic.Data["body"]!["html"]!.GetValue<string>());

        await contents.WithContentsAsync(async m =>
        {
            var item = (await m.GetLatestAsync(cyrillic.ContentItemId))!;
            item.DisplayText = "Школа у Грачаници (уредник)";
            return await m.PublishAsync(item, item.Revision);
        });
        await contents.WithContentsAsync(async m =>
        {
            var item = (await m.GetLatestAsync(latin.Item!.ContentItemId))!;
            item.DisplayText = "Škola u Gračanici, novo";
            return await m.PublishAsync(item, item.Revision);
        });

        var after = (await contents.WithContentsAsync(m => m.GetTranslationsAsync(latin.Item!.TranslationSetId, publishedOnly: true)))[Cultures.SerbianCyrillic];
        Assert.Equal("Школа у Грачаници (уредник)", after.DisplayText);
    }

    private static ContentItem Notice(IContentManager contents, string title, string culture = Cultures.Albanian, string? body = null)
    {
        var item = contents.New(NoticesFixtureModule.Type, culture);
        item.DisplayText = title;
        if (body is not null)
        {
            item.Data["body"] = new JsonObject { ["html"] = body };
        }

        return item;
    }
}

public sealed class SqliteContentStoreTests() : ContentStoreTests("Sqlite");

public sealed class PostgresContentStoreTests() : ContentStoreTests("Postgres");
