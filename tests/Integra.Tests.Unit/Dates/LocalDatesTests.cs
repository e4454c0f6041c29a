using System.Globalization;
using Integra.Cms.Services;
using Integra.Core.Localization;
using Integra.Templates;
using Integra.Templates.Services;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Integra.Tests.Unit.Dates;

/// <summary>Dates on the public pages as each language writes them: Serbian puts a day's month in the genitive.</summary>
public sealed class LocalDatesTests
{
    private static readonly DateTime FifthOfDecember = new(2026, 12, 5, 16, 0, 0);

    [Theory]
    [InlineData(Cultures.SerbianLatin, "5. decembra 2026.")]
    [InlineData(Cultures.SerbianCyrillic, "5. децембра 2026.")]
    [InlineData(Cultures.Albanian, "5 dhjetor 2026")]
    [InlineData(Cultures.English, "5 December 2026")]
    public void A_day_and_month_read_as_the_language_writes_them(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => LocalDisplay.Date(FifthOfDecember)));

    [Theory]
    [InlineData(Cultures.SerbianLatin, "5. decembra 2026. u 16:00")]
    [InlineData(Cultures.SerbianCyrillic, "5. децембра 2026. у 16:00")]
    [InlineData(Cultures.Albanian, "5 dhjetor 2026, ora 16:00")]
    [InlineData(Cultures.English, "5 December 2026, 16:00")]
    public void A_deadline_reads_with_its_day_month_and_time(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => LocalDisplay.DateTime(FifthOfDecember)));

    [Theory]
    [InlineData(Cultures.SerbianLatin, "Decembar 2026.")]
    [InlineData(Cultures.SerbianCyrillic, "Децембар 2026.")]
    [InlineData(Cultures.Albanian, "Dhjetor 2026")]
    [InlineData(Cultures.English, "December 2026")]
    public void A_month_heading_of_the_news_archive_keeps_the_month_in_the_nominative(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => LocalDisplay.Month(new DateOnly(2026, 12, 1))));

    [Fact]
    public void Staff_screens_in_English_write_the_day_before_the_month_and_use_the_24_hour_clock()
    {
        var english = Cultures.Info(Cultures.English);
        Assert.Equal("05/12/2026", FifthOfDecember.ToString("d", english));
        Assert.Equal("05/12/2026 16:00", FifthOfDecember.ToString("g", english));
        Assert.Equal("en", english.Name);
    }

    [Theory]
    [InlineData(1, "januara", "јануара")]
    [InlineData(2, "februara", "фебруара")]
    [InlineData(3, "marta", "марта")]
    [InlineData(4, "aprila", "априла")]
    [InlineData(5, "maja", "маја")]
    [InlineData(6, "juna", "јуна")]
    [InlineData(7, "jula", "јула")]
    [InlineData(8, "avgusta", "августа")]
    [InlineData(9, "septembra", "септембра")]
    [InlineData(10, "oktobra", "октобра")]
    [InlineData(11, "novembra", "новембра")]
    [InlineData(12, "decembra", "децембра")]
    public void Every_Serbian_month_after_a_day_is_in_the_genitive_in_both_scripts(int month, string latin, string cyrillic)
    {
        var date = new DateTime(2026, month, 14);
        Assert.Equal($"14. {latin}", date.ToString("d. MMMM", Cultures.Info(Cultures.SerbianLatin)));
        Assert.Equal($"14. {cyrillic}", date.ToString("d. MMMM", Cultures.Info(Cultures.SerbianCyrillic)));
    }

    [Theory]
    [InlineData(Cultures.SerbianLatin, "subota, 5. decembra 2026. 16:00")]
    [InlineData(Cultures.SerbianCyrillic, "субота, 5. децембра 2026. 16:00")]
    [InlineData(Cultures.Albanian, "e shtunë, 5 dhjetor 2026 16:00")]
    public void An_event_s_full_date_and_time_read_as_in_Kosovo(string culture, string expected) =>
        Assert.Equal(expected, FifthOfDecember.ToString("f", Cultures.Info(culture)));

    [Theory]
    [InlineData(Cultures.SerbianLatin, "subota, 5. decembra 2026.", "decembar 2026")]
    [InlineData(Cultures.SerbianCyrillic, "субота, 5. децембра 2026.", "децембар 2026")]
    [InlineData(Cultures.Albanian, "e shtunë, 5 dhjetor 2026", "dhjetor 2026")]
    public async Task Templates_date_filter_writes_the_genitive_after_a_day_and_the_nominative_alone(string culture, string longDate, string month)
    {
        var engine = new LiquidEngine(new NoTranslations(), Options.Create(new TemplateModelOptions()));
        var template = engine.Parse("{{ when | date_local: \"D\" }}|{{ when | date_local: \"MMMM yyyy\" }}").Template!;
        var model = new Dictionary<string, object?> { ["when"] = new DateTime(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc) };

        var html = await engine.RenderAsync(template, model, culture, TestContext.Current.CancellationToken);

        Assert.Equal($"{longDate}|{month}", html);
    }

    private static string In(string culture, Func<string> format)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Cultures.Info(culture);
            return format();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private sealed class NoTranslations : IStringLocalizerFactory, IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.CurrentCulture, name, arguments));

        public IStringLocalizer Create(Type resourceSource) => this;

        public IStringLocalizer Create(string baseName, string location) => this;

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
