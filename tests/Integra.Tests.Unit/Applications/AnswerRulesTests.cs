using Integra.Applications.Forms;
using Integra.Applications.Services;

namespace Integra.Tests.Unit.Applications;

public sealed class AnswerRulesTests
{
    [Theory]
    [InlineData("044 123 456", "+38344123456")]
    [InlineData("+383 49 123 456", "+38349123456")]
    [InlineData("00383-45-123-456", "+38345123456")]
    [InlineData("(038) 123 456", "+38338123456")]
    [InlineData("029 123 456", "+38329123456")]
    public void Kosovo_mobile_and_fixed_numbers_are_kept_in_one_international_form(string typed, string stored) =>
        Assert.Equal(stored, AnswerRules.NormalizePhone(typed));

    [Theory]
    [InlineData("12345")]
    [InlineData("042 123 456")]
    [InlineData("044 123 45")]
    [InlineData("+381 64 123 4567")]
    [InlineData("44123456")]
    public void Numbers_that_are_not_Kosovo_numbers_are_refused(string typed) =>
        Assert.Null(AnswerRules.NormalizePhone(typed));

    [Fact]
    public void A_question_shown_only_for_an_answer_is_hidden_and_dropped_otherwise()
    {
        var schema = new FormSchema
        {
            Steps =
            [
                new FormStep("s", DefaultForm.Text("S", "S", "S"))
                {
                    Fields =
                    [
                        new FormField("returned", FieldKind.YesNo, DefaultForm.Text("Returned?", "U kthyet?", "Vratili ste se?")),
                        new FormField("country", FieldKind.Text, DefaultForm.Text("From where?", "Prej nga?", "Odakle?")) { VisibleWhen = new VisibilityRule("returned", ["yes"]), Required = true },
                    ],
                },
            ],
        };
        var answers = Answers.Parse("""{"returned":"no","country":"Germany","stray":"x"}""");

        AnswerRules.DropHidden(schema, answers);

        Assert.Equal("""{"returned":"no"}""", answers.ToJson());
        answers.Set("returned", "yes");
        Assert.True(AnswerRules.IsVisible(schema, schema.Fields.Last(), answers));
    }
}
