using System.Net;
using System.Xml.Linq;
using Integra.Cms.Models;
using Integra.Cms.Seed;
using Integra.Cms.Services;
using Integra.Contents.Services;
using Integra.Core.Localization;
using Integra.Core.Settings;
using Integra.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Integra.Tests.Integration.Cms;

public sealed class SqliteWebsiteTests() : WebsiteTests("Sqlite");

public sealed class PostgresWebsiteTests() : WebsiteTests("Postgres");

public abstract class WebsiteTests(string provider) : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly ShiftedClock _clock = new();
    private TestDatabase _database = null!;
    private IntegraAppFactory _app = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new IntegraAppFactory(_database) { Clock = _clock };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_seed_publishes_the_project_in_four_languages_linked_as_translations()
    {
        var client = _app.CreateBrowserlikeClient();
        await using var scope = _app.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();

        foreach (var culture in Cultures.All)
        {
            var components = await content.ListPublishedAsync(new ContentQuery(CmsContentTypes.ComponentPage, culture) { PageSize = 50 }, Cancel);
            Assert.Equal(5, components.Total);
            var municipalities = await content.ListPublishedAsync(new ContentQuery(CmsContentTypes.Municipality, culture) { PageSize = 50 }, Cancel);
            Assert.Equal(11, municipalities.Total);
            var partners = await content.ListPublishedAsync(new ContentQuery(CmsContentTypes.Partner, culture) { PageSize = 50 }, Cancel);
            Assert.Equal(4, partners.Total);
        }

        var drenas = (await content.ListPublishedAsync(new ContentQuery(CmsContentTypes.Municipality, Cultures.Albanian) { PageSize = 50 }, Cancel)).Items
            .Single(m => m.Text(CmsContentTypes.Fields.Code) == "drenas");
        var names = await content.GetTranslationsAsync(drenas.TranslationSetId, publishedOnly: true, Cancel);
        Assert.Equal("Drenasi", names[Cultures.Albanian].DisplayText);
        Assert.Equal("Glogovac", names[Cultures.SerbianLatin].DisplayText);
        Assert.Equal("Глоговац", names[Cultures.SerbianCyrillic].DisplayText);
        Assert.Equal("Drenas", names[Cultures.English].DisplayText);

        var cyrillicAbout = await (await client.GetAsync("/sr-Cyrl/o-projektu", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("О пројекту ИНТЕГРА", cyrillicAbout, StringComparison.Ordinal);
        Assert.Contains("PREDA Plus Kosovo", cyrillicAbout, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"sq\" href=\"" + _app.ServerAddress.ToString().TrimEnd('/') + "/sq/rreth-projektit\"", cyrillicAbout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_lists_open_calls_latest_news_targets_and_partners()
    {
        var client = _app.CreateBrowserlikeClient();

        var home = await (await client.GetAsync("/sq", Cancel)).ReadPageAsync(Cancel);

        Assert.Contains("Shembull: Thirrje për grante biznesi", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Shembull: Thirrje për aftësim profesional", home, StringComparison.Ordinal);
        Assert.Contains("Ditë të mbetura:", home, StringComparison.Ordinal);
        Assert.Contains("Shembull: Bizneset e reja në Malishevë marrin pajisjet", home, StringComparison.Ordinal);
        Assert.Contains("persona të trajnuar", home, StringComparison.Ordinal);
        Assert.Contains("PREDA Plus Kosovo", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/sq/news/feed\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_opens_and_closes_with_the_clock()
    {
        var client = _app.CreateBrowserlikeClient();
        const string call = "/en/calls/example-vocational-training-2";
        Assert.Contains(">Upcoming<", await (await client.GetAsync(call, Cancel)).ReadPageAsync(Cancel), StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(15));

        // The cached page expires at the opening in real time; a new address shows what the moved clock says now.
        Assert.Contains(">Open<", await (await client.GetAsync(call + "?after=opening", Cancel)).ReadPageAsync(Cancel), StringComparison.Ordinal);
        var calls = await (await client.GetAsync("/en/calls?after=opening", Cancel)).ReadPageAsync(Cancel);
        var open = calls[calls.IndexOf("id=\"open-calls\"", StringComparison.Ordinal)..calls.IndexOf("id=\"upcoming-calls\"", StringComparison.Ordinal)];
        Assert.Contains("Example: Call for vocational training", open, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(31));
        Assert.Contains(">Closed<", await (await client.GetAsync(call + "?after=closing", Cancel)).ReadPageAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadlines_are_shown_in_Belgrade_time()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var call = (await content.FindPublishedAsync(Cultures.English, "calls", "example-business-grants-2", Cancel))!;
        var closes = call.UtcDateTime(CmsContentTypes.Fields.ClosesAt)!.Value;
        var local = TimeZoneInfo.ConvertTimeFromUtc(closes, TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade"));

        var page = await (await _app.CreateBrowserlikeClient().GetAsync("/en/calls/example-business-grants-2", Cancel)).ReadPageAsync(Cancel);

        Assert.Equal(16, local.Hour);
        Assert.Contains(local.ToString("d MMMM yyyy, 16:00", System.Globalization.CultureInfo.GetCultureInfo("en")), page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Cultures.SerbianLatin, "u", new[] { "januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra" })]
    [InlineData(Cultures.SerbianCyrillic, "у", new[] { "јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра", "новембра", "децембра" })]
    public async Task Serbian_pages_write_a_day_s_month_in_the_genitive_and_a_month_heading_in_the_nominative(string culture, string at, string[] genitive)
    {
        var client = _app.CreateBrowserlikeClient();
        var belgrade = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");
        await using var scope = _app.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var call = (await content.FindPublishedAsync(culture, "calls", "primer-poslovni-grantovi-2", Cancel))!;
        var news = (await content.FindPublishedAsync(culture, "news", "primer-oprema-u-malisevu", Cancel))!;
        var closes = TimeZoneInfo.ConvertTimeFromUtc(call.UtcDateTime(CmsContentTypes.Fields.ClosesAt)!.Value, belgrade);
        var published = TimeZoneInfo.ConvertTimeFromUtc(news.PublishedUtc!.Value, belgrade);
        var month = news.PublishedUtc!.Value;
        var nominative = Cultures.Info(culture).DateTimeFormat.MonthNames[month.Month - 1];

        var callPage = await (await client.GetAsync($"/{culture}/calls/primer-poslovni-grantovi-2", Cancel)).ReadPageAsync(Cancel);
        var newsPage = await (await client.GetAsync($"/{culture}/news/primer-oprema-u-malisevu", Cancel)).ReadPageAsync(Cancel);
        var archive = await (await client.GetAsync($"/{culture}/news?month={month:yyyy-MM}", Cancel)).ReadPageAsync(Cancel);

        Assert.Contains($"{closes.Day}. {genitive[closes.Month - 1]} {closes.Year}. {at} 16:00", callPage, StringComparison.Ordinal);
        Assert.Contains($"{published.Day}. {genitive[published.Month - 1]} {published.Year}.</time>", newsPage, StringComparison.Ordinal);
        Assert.Contains($"{char.ToUpperInvariant(nominative[0])}{nominative[1..]} {month.Year}.</h1>", archive, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_example_events_and_questions_have_their_pages_in_every_culture()
    {
        var client = _app.CreateBrowserlikeClient();
        var belgrade = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");
        await using var scope = _app.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();

        foreach (var culture in Cultures.All)
        {
            foreach (var example in ExampleContent.Events)
            {
                var slug = CmsSeed.SlugFor(example.Slug, culture);
                var item = (await content.FindPublishedAsync(culture, "events", slug, Cancel))!;
                var starts = TimeZoneInfo.ConvertTimeFromUtc(item.UtcDateTime(CmsContentTypes.Fields.StartsAt)!.Value, belgrade);

                var page = await (await client.GetAsync($"/{culture}/events/{slug}", Cancel)).ReadPageAsync(Cancel);

                Assert.Contains($"<h1>{example.Title.For(culture)}</h1>", page, StringComparison.Ordinal);
                Assert.Contains(example.Place.For(culture), page, StringComparison.Ordinal);
                Assert.Contains(starts.ToString("f", Cultures.Info(culture)), page, StringComparison.Ordinal);
                Assert.Equal(example.StartHour, starts.Hour);
            }

            foreach (var question in ExampleContent.Questions)
            {
                var page = await (await client.GetAsync($"/{culture}/faq/{CmsSeed.SlugFor(question.Slug, culture)}", Cancel)).ReadPageAsync(Cancel);

                Assert.Contains($"<h1>{question.Title.For(culture)}</h1>", page, StringComparison.Ordinal);
                Assert.Contains(question.Answer.For(culture), page, StringComparison.Ordinal);
            }
        }

        Assert.All(ExampleContent.Events.Select(e => e.Title).Concat(ExampleContent.Questions.Select(q => q.Title)), title =>
        {
            Assert.StartsWith("Shembull: ", title.Sq, StringComparison.Ordinal);
            Assert.StartsWith("Primer: ", title.Sr, StringComparison.Ordinal);
            Assert.StartsWith("Example: ", title.En, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_events_list_shows_what_is_coming_soonest_first_and_an_event_moves_to_the_past_when_it_is_over()
    {
        var client = _app.CreateBrowserlikeClient();
        var bySoonest = ExampleContent.Events.OrderBy(e => e.InDays).Select(e => e.Title.Sq).ToList();

        var page = await (await client.GetAsync("/sq/events", Cancel)).ReadPageAsync(Cancel);
        var upcoming = page[page.IndexOf("id=\"upcoming-events\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("id=\"past-events\"", page, StringComparison.Ordinal);
        var positions = bySoonest.Select(title => upcoming.IndexOf(title, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);

        _clock.Advance(TimeSpan.FromDays(ExampleContent.Events.Max(e => e.InDays) + 1));
        var later = await (await client.GetAsync("/sq/events?after=all", Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Për momentin nuk ka aktivitete të planifikuara.", later, StringComparison.Ordinal);
        var past = later[later.IndexOf("id=\"past-events\"", StringComparison.Ordinal)..];
        Assert.All(bySoonest, title => Assert.Contains(title, past, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("en")]
    [InlineData("sr-Latn")]
    [InlineData("sr-Cyrl")]
    public async Task The_questions_page_answers_every_published_question_in_the_visitor_s_language(string culture)
    {
        var page = await (await _app.CreateBrowserlikeClient().GetAsync($"/{culture}/faq", Cancel)).ReadPageAsync(Cancel);

        Assert.All(ExampleContent.Questions, question =>
        {
            Assert.Contains(question.Title.For(culture), page, StringComparison.Ordinal);
            Assert.Contains(question.Answer.For(culture), page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_sitemap_lists_every_culture_with_its_alternates_and_robots_points_to_it()
    {
        var client = _app.CreateBrowserlikeClient();
        var origin = _app.ServerAddress.ToString().TrimEnd('/');

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml", Cancel));
        var about = sitemap.Root!.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == origin + "/en/about");
        var alternates = about.Elements(Xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);

        Assert.Equal(origin + "/sq/rreth-projektit", alternates["sq"]);
        Assert.Equal(origin + "/sr-Latn/o-projektu", alternates["sr-Latn"]);
        Assert.Equal(origin + "/sr-Cyrl/o-projektu", alternates["sr-Cyrl"]);
        Assert.Contains(sitemap.Root.Elements(Sitemap + "url"), u => u.Element(Sitemap + "loc")!.Value == origin + "/sr-Cyrl/municipalities/glogovac");
        Assert.DoesNotContain(sitemap.Root.Descendants(Sitemap + "loc"), l => l.Value.Contains("/admin", StringComparison.Ordinal));

        var robots = await client.GetStringAsync("/robots.txt", Cancel);
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /account", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {origin}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sq/news/feed", "Shembull:", 3)]
    [InlineData("/sr-Cyrl/calls/feed", "Пример:", 3)]
    public async Task Feeds_are_Atom_with_an_entry_per_published_item(string feed, string titleStart, int entries)
    {
        using var response = await _app.CreateBrowserlikeClient().GetAsync(feed, Cancel);

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var items = document.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(entries, items.Count);
        Assert.All(items, e => Assert.StartsWith(titleStart, e.Element(Atom + "title")!.Value, StringComparison.Ordinal));
        Assert.All(items, e => Assert.StartsWith("http", (string)e.Element(Atom + "link")!.Attribute("href")!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_contact_form_stores_and_e_mails_a_message_and_refuses_bad_input_in_the_visitors_language()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<SiteSettingsService>();
            var current = await settings.GetAsync(Cancel);
            current.ContactEmail = "info@integra.test";
            await settings.SaveAsync(current, current.Revision, Cancel);
        }

        var client = _app.CreateBrowserlikeClient();
        using var refused = await client.SubmitFormAsync("/sq/contact", "/sq/contact", [("Name", ""), ("Email", "not-an-address"), ("Message", "")], Cancel);
        var page = await refused.ReadPageAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Shkruani emrin tuaj.", page, StringComparison.Ordinal);
        Assert.Contains("Shkruani një adresë të vlefshme të postës elektronike.", page, StringComparison.Ordinal);
        Assert.Contains("Shkruani mesazhin tuaj.", page, StringComparison.Ordinal);

        using var sent = await client.SubmitFormAsync("/sr-Latn/contact", "/sr-Latn/contact", [("Name", "Ana Petrović"), ("Email", "ana@example.test"), ("Message", "Kada se otvara sledeći poziv?")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var thanks = await (await client.GetAsync(sent.Headers.Location, Cancel)).ReadPageAsync(Cancel);
        Assert.Contains("Vaša poruka je poslata", thanks, StringComparison.Ordinal);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<Integra.Cms.Data.CmsDbContext>().ContactMessages.SingleAsync(Cancel);
            Assert.Equal(("Ana Petrović", "ana@example.test", "sr-Latn"), (stored.Name, stored.Email, stored.Culture));
        }

        var mail = await _app.Mailbox.WaitForAsync("info@integra.test");
        Assert.Contains("Kada se otvara sledeći poziv?", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_page_is_served_from_the_cache_until_a_change_is_published()
    {
        var client = _app.CreateBrowserlikeClient();
        using (var first = await client.GetAsync("/en/news", Cancel))
        {
            Assert.Null(first.Headers.Age);
        }

        using (var second = await client.GetAsync("/en/news", Cancel))
        {
            Assert.NotNull(second.Headers.Age);
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var article = (await content.FindPublishedAsync(Cultures.English, "news", "example-equipment-in-malisheva", Cancel))!;
            article.DisplayText = "Example: Ten new businesses in Malisheva receive their equipment";
            Assert.True((await content.PublishAsync(article, article.Revision, Cancel)).Succeeded);
        }

        using var third = await client.GetAsync("/en/news", Cancel);
        Assert.Null(third.Headers.Age);
        Assert.Contains("Example: Ten new businesses in Malisheva", await third.ReadPageAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_news_list_dates_an_article_published_late_in_the_evening_by_the_day_in_Kosovo()
    {
        // 23:30 UTC is already the next day in Belgrade (00:30 in winter, 01:30 in summer).
        var now = _clock.GetUtcNow().UtcDateTime;
        var lateEvening = now.Date.AddHours(23).AddMinutes(30);
        _clock.Advance((lateEvening > now ? lateEvening : lateEvening.AddDays(1)) - now);

        DateTime publishedUtc;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var article = content.New(CmsContentTypes.NewsArticle, Cultures.English);
            article.DisplayText = "Late news from Klina";
            article.Slug = "late-news-from-klina";
            article.Data["body"] = new System.Text.Json.Nodes.JsonObject { ["html"] = "<p>Published late in the evening.</p>" };
            var published = await content.PublishAsync(article, null, Cancel);
            Assert.True(published.Succeeded, string.Join("; ", published.Errors.Values));
            publishedUtc = published.Item!.PublishedUtc!.Value;
        }

        var belgrade = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(publishedUtc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade"));
        Assert.NotEqual(publishedUtc.Date, belgrade.Date);
        var list = await (await _app.CreateBrowserlikeClient().GetAsync("/en/news", Cancel)).ReadPageAsync(Cancel);
        var entry = list[list.IndexOf("Late news from Klina", StringComparison.Ordinal)..];
        Assert.StartsWith(belgrade.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), entry[(entry.IndexOf("<time", StringComparison.Ordinal) + entry[entry.IndexOf("<time", StringComparison.Ordinal)..].IndexOf('>') + 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_visitor_is_never_served_a_cached_page()
    {
        var anonymous = _app.CreateBrowserlikeClient();
        await anonymous.GetAsync("/en/calls", Cancel);
        Assert.NotNull((await anonymous.GetAsync("/en/calls", Cancel)).Headers.Age);

        var admin = await _app.CreateSignedInClientAsync(IntegraAppFactory.AdminEmail);

        using var page = await admin.GetAsync("/en/calls", Cancel);
        Assert.Null(page.Headers.Age);
        Assert.DoesNotContain(">Sign in<", await page.ReadPageAsync(Cancel), StringComparison.Ordinal);
    }
}
