using Integra.Applications.Forms;
using Integra.Core.Localization;
using Integra.Reviews.Services;

namespace Integra.Tests.Unit.Reviews;

/// <summary>A rubric criterion's name as each evaluator reads it.</summary>
public sealed class ReviewTextTests
{
    [Theory]
    [InlineData(Cultures.Albanian, "Risia e idesë")]
    [InlineData(Cultures.SerbianLatin, "Inovativnost ideje")]
    [InlineData(Cultures.SerbianCyrillic, "Иновативност идеје")]
    [InlineData(Cultures.English, "Innovation of the idea")]
    public void Each_culture_reads_its_own_name_and_Cyrillic_comes_from_the_Latin(string culture, string expected)
    {
        var name = new LocalizedText { ["sq"] = "Risia e idesë", ["sr-Latn"] = "Inovativnost ideje", ["en"] = "Innovation of the idea" };

        Assert.Equal(expected, name.In(culture));
    }

    [Fact]
    public void A_blank_translation_falls_back_to_a_written_one_so_the_criterion_keeps_a_name()
    {
        var name = new LocalizedText { ["sq"] = " ", ["sr-Latn"] = "", ["en"] = "Market need" };

        Assert.Equal("Market need", name.In(Cultures.SerbianCyrillic));
        Assert.Equal("Market need", name.In(Cultures.Albanian));
        Assert.Equal(string.Empty, ((LocalizedText?)null).In(Cultures.English));
    }
}
