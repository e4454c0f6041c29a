using Integra.Core.Localization;

namespace Integra.Tests.Unit;

/// <summary>A text written per culture, read in one: Serbian Cyrillic readers get the Latin text transliterated.</summary>
public sealed class CultureTextTests
{
    private static readonly Dictionary<string, string> Municipality = new()
    {
        [Cultures.Albanian] = "Rahoveci",
        [Cultures.SerbianLatin] = "Orahovac",
        [Cultures.English] = "Rahovec",
    };

    [Theory]
    [InlineData(Cultures.Albanian, "Rahoveci")]
    [InlineData(Cultures.SerbianLatin, "Orahovac")]
    [InlineData(Cultures.SerbianCyrillic, "Ораховац")]
    [InlineData(Cultures.English, "Rahovec")]
    public void Each_culture_reads_its_own_text_and_Cyrillic_comes_from_the_Latin(string culture, string expected) =>
        Assert.Equal(expected, Cultures.TextFor(Municipality, culture));

    [Fact]
    public void A_missing_or_blank_text_is_left_to_the_caller_s_fallback()
    {
        var onlyAlbanian = new Dictionary<string, string> { [Cultures.Albanian] = "Klina", [Cultures.English] = " " };
        Assert.Null(Cultures.TextFor(onlyAlbanian, Cultures.English));
        Assert.Null(Cultures.TextFor(onlyAlbanian, Cultures.SerbianCyrillic));
    }
}
