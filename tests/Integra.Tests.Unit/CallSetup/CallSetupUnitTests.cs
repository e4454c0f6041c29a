using Integra.Applications.Forms;
using Integra.Applications.Services;
using Integra.Core.Localization;

namespace Integra.Tests.Unit.CallSetup;

/// <summary>The pure parts of call setup: ages, e-mail text parts, the Cyrillic e-mails and the answers' shape.</summary>
public sealed class CallSetupUnitTests
{
    [Theory]
    [InlineData("1986-06-15", "2026-06-15", 40)]
    [InlineData("1986-06-16", "2026-06-15", 39)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)]
    public void Age_is_counted_in_whole_years_on_the_day(string born, string on, int age) =>
        Assert.Equal(age, EligibilityChecker.AgeOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_text_part_of_an_email_keeps_paragraphs_and_writes_links_out()
    {
        var text = MessageTemplates.ToText("<p>Hello A &amp; B,</p>\n<p>Your   reference is <strong>C2-1-0007</strong>.</p><p><a href=\"https://x.test/sq/applications/7\">See it</a></p>");

        Assert.Equal("Hello A & B,\n\nYour reference is C2-1-0007.\n\nSee it: https://x.test/sq/applications/7\n", text);
    }

    [Fact]
    public void The_Serbian_Cyrillic_default_is_the_Latin_one_transliterated_with_its_Liquid_left_alone()
    {
        var cyrillic = MessageTemplates.Default(ApplicationMessages.Receipt, Cultures.SerbianCyrillic);

        Assert.Equal(MessageTemplateOrigin.Transliterated, cyrillic.Origin);
        Assert.Equal("Примили смо вашу пријаву {{ reference }}", cyrillic.Subject);
        Assert.Contains("<a href=\"{{ link }}\">", cyrillic.Body);
    }

    [Fact]
    public void Answers_are_read_through_the_fields_mapped_to_the_registry()
    {
        var answers = new ApplicationAnswers("""{"birth-date":"1990-04-02","sex":"F","skills":["a","b"]}""", DefaultForm.Create());

        Assert.Equal(new DateOnly(1990, 4, 2), answers.Date(PersonField.BirthDate));
        Assert.Equal("F", answers.Text(PersonField.Sex));
        Assert.Null(answers.Text(PersonField.Municipality));
        Assert.Equal(["a", "b"], answers.Values("skills"));
        Assert.Null(new ApplicationAnswers("not json", DefaultForm.Create()).Text(PersonField.Sex));
    }
}
