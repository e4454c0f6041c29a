using Integra.Core.Localization;

namespace Integra.Tests.Unit;

public sealed class SerbianTransliteratorTests
{
    [Theory]
    [InlineData("Ljubljana", "Љубљана")]
    [InlineData("Njegoš", "Његош")]
    [InlineData("džep", "џеп")]
    [InlineData("LJUBAV I NJIVA", "ЉУБАВ И ЊИВА")]
    [InlineData("Džaferović", "Џаферовић")]
    [InlineData("Đorđe Čolić, Šćepan Žujović", "Ђорђе Чолић, Шћепан Жујовић")]
    [InlineData("Prijave za poziv 2 su otvorene.", "Пријаве за позив 2 су отворене.")]
    public void Latin_letters_and_digraphs_become_single_Cyrillic_letters(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Theory]
    [InlineData("Dobrodošli, {0}!", "Добродошли, {0}!")]
    [InlineData("{count} prijava čeka ocenu", "{count} пријава чека оцену")]
    [InlineData("Rok: {0:d}", "Рок: {0:d}")]
    public void Placeholders_are_kept_as_they_are(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Theory]
    [InlineData("<strong>Važno</strong>: pročitajte <a href=\"/sr-Latn/pozivi\">pozive</a>.", "<strong>Важно</strong>: прочитајте <a href=\"/sr-Latn/pozivi\">позиве</a>.")]
    [InlineData("Kosovo&nbsp;i&amp;region", "Косово&nbsp;и&amp;регион")]
    public void Tags_attributes_and_entities_are_kept_as_they_are(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Theory]
    [InlineData("Pitanja & odgovori; kontakt", "Питања & одговори; контакт")]
    [InlineData("Rok < 5 dana, a > 2; važi", "Рок < 5 дана, а > 2; важи")]
    [InlineData("2023 – 15%, Q, W, X, Y", "2023 – 15%, Q, W, X, Y")]
    public void Ampersands_angle_brackets_and_foreign_letters_in_plain_text_do_not_stop_transliteration(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Theory]
    [InlineData("Sprovodi Wentrepreneur Kosovo", "Спроводи Wentrepreneur Косово")]
    [InlineData("Sajt www i Yahoo", "Сајт www и Yahoo")]
    public void Words_with_letters_Serbian_does_not_use_stay_in_Latin(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Theory]
    [InlineData("Љубљана", "Ljubljana")]
    [InlineData("Ђорђе Чолић, Шћепан Жујовић", "Đorđe Čolić, Šćepan Žujović")]
    [InlineData("Џаферовић", "Džaferović")]
    [InlineData("ЉУБАВ И ЊИВА", "LJUBAV I NJIVA")]
    [InlineData("Arbër Krasniqi", "Arbër Krasniqi")]
    public void Cyrillic_names_become_Latin_and_Latin_stays_as_it_is(string cyrillic, string latin) =>
        Assert.Equal(latin, SerbianTransliterator.ToLatin(cyrillic));
}
