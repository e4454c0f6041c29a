using Integra.Applications;
using Integra.Core.Localization;
using Integra.Core.Security;
using Integra.Reviews.Data;
using Integra.Tests.Integration.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Integra.Tests.Integration.Story;

public sealed class SqliteDecisionLetterTests() : DecisionLetterTests("Sqlite");

public sealed class PostgresDecisionLetterTests() : DecisionLetterTests("Postgres");

/// <summary>What the default decision letter tells each applicant, in their language.</summary>
public abstract class DecisionLetterTests(string provider)
{
    private static readonly TimeZoneInfo Kosovo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_decision_letter_states_the_final_score_the_rank_the_reason_and_the_appeal_deadline_in_Kosovo_time_in_the_applicants_language()
    {
        await using var world = await ReviewWorld.StartAsync(provider);
        var call = await world.CallAsync("4", 1, """{"malisheva": 1}""");
        await world.SettingsAsync(call);
        var selected = await world.SubmitAsync(call, "Arta", "Krasniqi", "malisheva", "arta@integra.test", "sq");
        await world.ScoredAsync(selected, 90);
        var drita = await world.SubmitAsync(call, "Drita", "Gashi", "malisheva", "drita@integra.test", "sq");
        await world.ScoredAsync(drita, 85.5m);
        var john = await world.SubmitAsync(call, "John", "Smith", "malisheva", "john@integra.test", "en");
        await world.ScoredAsync(john, 80);
        var marija = await world.SubmitAsync(call, "Marija", "Petrović", "malisheva", "marija@integra.test", "sr-Latn");
        await world.ScoredAsync(marija, 75);
        var milan = await world.SubmitAsync(call, "Milan", "Jovanović", "malisheva", "milan@integra.test", "sr-Cyrl");
        await world.ScoredAsync(milan, 70);
        using var officer = await world.SignedInAsync("officer@integra.test", Roles.ProgrammeOfficer);
        var ranking = $"/admin/reviews/calls/{call}/ranking";
        await ReviewWorld.PostAsync(officer, ranking, ranking + "/confirm");
        await ReviewWorld.PostAsync(officer, ranking, ranking + "/letters");
        var letters = await world.ReviewsAsync(db => db.Letters.AsNoTracking().ToListAsync(Cancel));

        var first = await LetterAsync(world, "arta@integra.test");
        Assert.Contains("Vendimi për aplikimin tuaj: I përzgjedhur.", first, StringComparison.Ordinal);
        Assert.Contains("Pikët përfundimtare: 90 nga 100. Renditja: 1.", first, StringComparison.Ordinal);
        Assert.Contains($"Arsyeja: {(await world.ApplicationAsync(selected)).DecisionReason}", first, StringComparison.Ordinal);
        Assert.DoesNotContain("ankoheni", first, StringComparison.Ordinal);

        var second = await LetterAsync(world, "drita@integra.test");
        Assert.Contains("Pikët përfundimtare: 85,5 nga 100. Renditja: 2.", second, StringComparison.Ordinal);
        Assert.Contains($"Arsyeja: {(await world.ApplicationAsync(drita)).DecisionReason}", second, StringComparison.Ordinal);
        Assert.Contains($"deri më {Deadline(letters, drita, "sq")}.", second, StringComparison.Ordinal);

        var english = await LetterAsync(world, "john@integra.test");
        Assert.Contains("The decision on your application: On the reserve list.", english, StringComparison.Ordinal);
        Assert.Contains("Final score: 80 of 100. Rank: 3.", english, StringComparison.Ordinal);
        Assert.Contains("Reason: Ranked 3 of 5 in Malisheva (places: 1). Final score 80.", english, StringComparison.Ordinal);
        Assert.Contains($"until {Deadline(letters, john, "en")}.", english, StringComparison.Ordinal);

        var latin = await LetterAsync(world, "marija@integra.test");
        Assert.Contains("Konačni bodovi: 75 od 100. Mesto na rang-listi: 4.", latin, StringComparison.Ordinal);
        Assert.Contains($"Obrazloženje: {(await world.ApplicationAsync(marija)).DecisionReason}", latin, StringComparison.Ordinal);
        Assert.Contains($"do {Deadline(letters, marija, "sr-Latn")}.", latin, StringComparison.Ordinal);

        var cyrillic = await LetterAsync(world, "milan@integra.test");
        Assert.Contains("Коначни бодови: 70 од 100. Место на ранг-листи: 5.", cyrillic, StringComparison.Ordinal);
        Assert.Contains($"до {Deadline(letters, milan, "sr-Cyrl")}.", cyrillic, StringComparison.Ordinal);
    }

    /// <summary>The appeal deadline as a reader in Kosovo expects it: the date and time on the wall clock in Prishtina.</summary>
    private static string Deadline(List<DecisionLetter> letters, long applicationId, string culture)
    {
        var until = letters.Single(l => l.ApplicationId == applicationId).AppealUntilUtc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(until, DateTimeKind.Utc), Kosovo);
        Assert.NotEqual(until.Hour, local.Hour);
        // The project's cultures: Serbian month names in the genitive after the day, Kosovo's 24-hour clock in Albanian.
        var info = Cultures.Info(culture);
        return local.ToString("D", info) + ", " + local.ToString("HH:mm", info);
    }

    private static async Task<string> LetterAsync(ReviewWorld world, string email)
    {
        MimeMessage message = await world.App.Mailbox.WaitForAsync(email, m => m.Subject?.Contains("C4-1-", StringComparison.Ordinal) == true && m.TextBody?.Contains("100", StringComparison.Ordinal) == true);
        return message.TextBody ?? string.Empty;
    }
}
