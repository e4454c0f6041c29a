using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Integra.Contents.Services;
using Integra.StartUps;
using Integra.StartUps.Services;
using Integra.Testing;
using Integra.Tests.Browser.Reviews;
using Microsoft.Playwright;

namespace Integra.Tests.Browser.StartUps;

/// <summary>
/// The staff's screens of the story: publishing a call, the engine's review of a call down to the decision letters,
/// the trainee's certificate in her account, and a success story published with consent.
/// </summary>
public sealed partial class StartUpStoryTests
{
    private const string ScreeningReason = "Aplikimi i plotëson të gjitha kushtet e thirrjes.";
    private const string CommitteeReason = "Komisioni pajtohet me vlerësuesit: ideja plotëson një zbrazëti në tregun e Malishevës.";
    private const string StoryTitle = "Rrobaqepësja e Malishevës";
    private const string StoryBody = "Pas tetë vjetësh në Gjermani, Hana hapi punëtorinë e saj në qendër të Malishevës. Sot qep uniforma për dy shkolla dhe punëson një ndihmëse.";

    /// <summary>Two evaluators with their points per criterion of the component's rubric (feasibility weighs double).</summary>
    private static readonly (Evaluator Who, Dictionary<string, int> Points, string Comment)[] Evaluators =
    [
        (new("besnik.evaluator@integra.test", "sq"),
         new() { ["innovation"] = 8, ["market-need"] = 9, ["import-substitution"] = 6, ["eco-friendliness"] = 5, ["feasibility"] = 8, ["commitment"] = 9 },
         "Ide e qartë, me treg në Malishevë."),
        (new("milica.evaluator@integra.test", "sr-Latn"),
         new() { ["innovation"] = 7, ["market-need"] = 8, ["import-substitution"] = 5, ["eco-friendliness"] = 4, ["feasibility"] = 7, ["commitment"] = 8 },
         "Dobra ideja, ali troškovi su kratko opisani."),
    ];

    /// <summary>A call of component 2 as an editor publishes it on the website, in Albanian.</summary>
    private sealed record CallPage(string Title, string Slug, int Number, string Summary, string WhoMayApply);

    /// <summary>
    /// The editor publishes the call, open between <paramref name="opensUtc"/> and <paramref name="closesUtc"/> (entered
    /// in Belgrade time); the officer finds it in the engine's list of calls, which gives its id on the engine.
    /// </summary>
    private static async Task<long> PublishCallAsync(IPage editor, IPage officer, CallPage call, DateTime opensUtc, DateTime closesUtc)
    {
        await editor.GotoAsync("/admin/contents/create?type=Call&culture=sq");
        await editor.Locator("#Title").FillAsync(call.Title);
        await editor.Locator("#Slug").FillAsync(call.Slug);
        await editor.Locator("#Summary").FillAsync(call.Summary);
        await editor.Locator("#Fields_component_").SelectOptionAsync(StartUpsModule.Component);
        await editor.Locator("#Fields_callNumber_").FillAsync(call.Number.ToString(CultureInfo.InvariantCulture));
        await editor.Locator("#Fields_opensAt_").FillAsync(ContentEditorMapper.ToLocal(opensUtc)!);
        await editor.Locator("#Fields_closesAt_").FillAsync(ContentEditorMapper.ToLocal(closesUtc)!);
        await editor.Locator("#Fields_whoMayApply_").FillAsync(call.WhoMayApply);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("has been published");

        await officer.GotoAsync("/admin/applications/calls");
        var row = officer.Locator("main tbody tr", new() { HasText = call.Title });
        await Assertions.Expect(row).ToContainTextAsync($"Component 2, call {call.Number}");
        var setup = await row.Locator("a[href$='/setup']").GetAttributeAsync("href");
        return long.Parse(Regex.Match(setup ?? "", "^/admin/applications/calls/(\\d+)/setup$").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The call's review on the engine's screens after it closed: screening with a reason, the two evaluators assigned in
    /// turn, their declarations and score sheets, the committee's final score, the ranking selecting the application,
    /// and the decisions with their letters.
    /// </summary>
    private async Task ReviewAsync(IntegraAppFactory app, IPage page, long callSetupId, long applicationId, string reference, string answer, decimal final, List<string> accessibility, string name)
    {
        var review = new ReviewScreens(browser.Browser, app.ServerAddress, page, callSetupId, (shown, step) => CheckAsync(shown, $"{name}-{step}", accessibility))
        {
            OnEvaluatorPage = evaluator => ConsoleWatch.Start(evaluator, _pageErrors),
        };
        await review.OpenAsync();
        await review.PassScreeningAsync(applicationId, reference, ScreeningReason);
        await review.AssignInTurnAsync([.. Evaluators.Select(e => e.Who)], "prizren", reference);
        foreach (var evaluator in Evaluators)
        {
            await review.DeclareAndScoreAsync(evaluator.Who, reference, answer, evaluator.Points, evaluator.Comment);
        }

        // Each evaluator's weighted share of the rubric's points (75.71 and 65.71): the committee is offered their mean.
        await review.SetFinalScoreAsync(applicationId, Evaluators.Select(e => e.Comment), new Regex("^70\\.71$"), final, CommitteeReason);
        await review.ExpectRankedAsync(reference, "selected");
        await review.DecideAndSendLettersAsync();
    }

    /// <summary>The trainee signs in to her account's certificates and downloads hers: a PDF named by her reference, made out to her.</summary>
    private static async Task DownloadCertificateAsync(IPage mine, string reference, string name, List<string> accessibility)
    {
        // She finds them from her applications, where the component links them once she has one.
        await mine.GotoAsync("/sq/applications");
        await mine.Locator("input[name=Email]").FillAsync(ApplicantEmail);
        await mine.Locator("input[name=Password]").FillAsync(ApplicantPassword);
        await mine.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/sq/applications$"));
        await mine.GetByRole(AriaRole.Link, new() { Name = "Certifikatat e mia të trajnimit" }).ClickAsync();
        await Assertions.Expect(mine).ToHaveURLAsync(new Regex("/sq/account/certificates$"));
        await CheckAsync(mine, "4-certificates", accessibility);
        var download = await mine.RunAndWaitForDownloadAsync(() => mine.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync());
        Assert.Equal($"certificate-{reference}.pdf", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        // The document's title names her; PDF strings outside ASCII are written as UTF-16 in hexadecimal.
        var utf16 = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(name));
        Assert.True(text.Contains(name, StringComparison.Ordinal) || text.Contains(utf16, StringComparison.OrdinalIgnoreCase), $"The certificate does not name {name}.");
    }

    /// <summary>
    /// The editor writes her success story: publishing it without her written consent is refused; with the consent and its
    /// date it is published, listed on component 2's public page and opens from there.
    /// </summary>
    private static async Task PublishSuccessStoryAsync(IPage page, string componentPage, List<string> accessibility)
    {
        await page.GotoAsync("/admin/contents/create?type=SuccessStory&culture=sq");
        await page.Locator("#Title").FillAsync(StoryTitle);
        await page.Locator("#Summary").FillAsync("Hana Morina u kthye nga Gjermania dhe hapi punëtorinë e saj me dy makina qepëse.");
        await page.Locator(".ql-editor").FillAsync(StoryBody);
        await page.Locator("#Fields_businessName_").FillAsync("Rrobaqepësia Hana");
        await page.Locator("#Fields_municipality_").SelectOptionAsync("malisheva");
        await page.Locator("#Fields_sector_").SelectOptionAsync(Sectors.Design);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("A success story can only be published with the written consent of the person shown.");
        await CheckAsync(page, "15-story-refused", accessibility);

        await page.Locator("#Fields_consentGiven_").CheckAsync();
        await page.Locator("#Fields_consentDate_").FillAsync("2026-11-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has been published");

        await page.GotoAsync(componentPage);
        var stories = page.Locator(".component-section", new() { HasText = "Histori suksesi" });
        await Assertions.Expect(stories).ToContainTextAsync("Rrobaqepësia Hana · Malisheva · Dizajn");
        await CheckAsync(page, "16-component-page", accessibility);
        await stories.GetByRole(AriaRole.Link, new() { Name = StoryTitle }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(StoryTitle);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(StoryBody);
        await CheckAsync(page, "17-success-story", accessibility);
    }
}
