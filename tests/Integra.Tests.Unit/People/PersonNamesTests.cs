using Integra.People.Services;

namespace Integra.Tests.Unit.People;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Arbër", "arber")]
    [InlineData("ÇERKEZ", "cerkez")]
    [InlineData("Čolić", "colic")]
    [InlineData("Ćosić", "cosic")]
    [InlineData("Šefki", "sefki")]
    [InlineData("Žaklina", "zaklina")]
    [InlineData("Đorđe", "djordje")]
    [InlineData("  Ana   Marija ", "ana marija")]
    [InlineData("Ana-Marija", "ana marija")]
    public void Names_are_compared_without_diacritics_case_or_extra_spaces(string name, string normalized) =>
        Assert.Equal(normalized, PersonNames.Normalize(name));

    [Theory]
    [InlineData("Ђорђе", "djordje")]
    [InlineData("Јовановић", "jovanovic")]
    [InlineData("ЉУБИЦА", "ljubica")]
    [InlineData("Џафер", "dzafer")]
    public void Cyrillic_names_are_transliterated_to_Latin_first(string name, string normalized) =>
        Assert.Equal(normalized, PersonNames.Normalize(name));

    [Fact]
    public void The_same_name_typed_in_three_ways_gives_one_key()
    {
        var key = PersonNames.Key("Đorđe", "Jovanović");
        Assert.Equal(key, PersonNames.Key("DJORDJE", "jovanovic"));
        Assert.Equal(key, PersonNames.Key("Ђорђе", "Јовановић"));
        Assert.NotEqual(key, PersonNames.Key("Đorđe", "Petrović"));
    }

    [Fact]
    public void A_missing_first_or_last_name_gives_no_key_so_it_never_matches()
    {
        Assert.Equal(string.Empty, PersonNames.Key(null, "Krasniqi"));
        Assert.Equal(string.Empty, PersonNames.Key("Arbër", " "));
    }
}
