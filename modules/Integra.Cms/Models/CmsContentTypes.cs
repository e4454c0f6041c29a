using System.Globalization;
using Integra.Cms.Seed;
using Integra.Contents.Models;
using Integra.Core.Localization;

namespace Integra.Cms.Models;

/// <summary>The website's content types. Field names are the keys under <c>fields</c> in an item's JSON.</summary>
public sealed class CmsContentTypes : IContentTypeProvider
{
    public const string Page = "Page";
    public const string NewsArticle = "NewsArticle";
    public const string Call = "Call";
    public const string Event = "Event";
    public const string Faq = "Faq";
    public const string Partner = "Partner";
    public const string Municipality = "Municipality";
    public const string ComponentPage = "ComponentPage";

    public static class Fields
    {
        public const string Component = "component";
        public const string CallNumber = "callNumber";
        public const string OpensAt = "opensAt";
        public const string ClosesAt = "closesAt";
        public const string WhoMayApply = "whoMayApply";
        public const string Guidelines = "guidelines";
        public const string Questions = "faq";
        public const string Municipalities = "municipalities";
        public const string StartsAt = "startsAt";
        public const string EndsAt = "endsAt";
        public const string Place = "place";
        public const string Logo = "logo";
        public const string Link = "link";
        public const string Role = "role";
        public const string Code = "code";
        public const string Number = "number";
        public const string Target = "target";
        public const string TargetUnit = "targetUnit";
        public const string SecondTarget = "secondTarget";
        public const string SecondTargetUnit = "secondTargetUnit";
    }

    /// <summary>Stable codes of the eleven municipalities; news and calls name them in a multi-choice field.</summary>
    public static readonly IReadOnlyList<string> MunicipalityCodes =
        ["drenas", "malisheva", "gracanica", "south-mitrovica", "istog", "prizren", "klina", "rahovec", "lipjan", "suhareka", "vushtrri"];

    /// <summary>The municipalities' names as editors read them, by code and culture.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> MunicipalityLabels =
        ProjectContent.Municipalities.ToDictionary(m => m.Code, m => Labels(m.Name));

    private static readonly ContentFieldDefinition MunicipalitiesField = new(Fields.Municipalities, "Municipalities", ContentFieldKind.MultiChoice)
    {
        Options = MunicipalityCodes,
        OptionLabels = MunicipalityLabels,
        Hint = "The municipalities this concerns; it is listed on their pages.",
    };

    private static IReadOnlyDictionary<string, string> Labels(SeedText text) =>
        new Dictionary<string, string> { [Cultures.Albanian] = text.Sq, [Cultures.SerbianLatin] = text.Sr, [Cultures.English] = text.En };

    /// <summary>Built once: the content manager asks for them on every request.</summary>
    private static readonly IReadOnlyList<ContentTypeDefinition> Types =
    [
        new(Page, "Page", ContentParts.Standard) { Description = "A page at /{culture}/{slug}, such as About the project." },
        new(NewsArticle, "News article", ContentParts.Standard)
        {
            RoutePrefix = "news",
            Fields = [MunicipalitiesField],
        },
        new(Call, "Call for applications", ContentParts.Standard)
        {
            RoutePrefix = "calls",
            Description = "Upcoming, open or closed, from its opening and closing times.",
            Fields =
            [
                new(Fields.Component, "Component", ContentFieldKind.Choice)
                {
                    Required = true,
                    Options = ["2", "3", "4", "5"],
                    OptionLabels = ProjectContent.Components.ToDictionary(c => c.Number.ToString(CultureInfo.InvariantCulture), c => Labels(c.Title)),
                },
                new(Fields.CallNumber, "Call number", ContentFieldKind.Number) { Required = true },
                new(Fields.OpensAt, "Opens at", ContentFieldKind.DateTime) { Required = true, Hint = "Local time, Europe/Belgrade." },
                new(Fields.ClosesAt, "Closes at", ContentFieldKind.DateTime) { Required = true, Hint = "Local time, Europe/Belgrade." },
                new(Fields.WhoMayApply, "Who may apply", ContentFieldKind.LongText) { Required = true },
                new(Fields.Guidelines, "Guideline documents", ContentFieldKind.MediaList),
                new(Fields.Questions, "Frequently asked questions", ContentFieldKind.QuestionsAndAnswers),
                MunicipalitiesField,
            ],
        },
        new(Event, "Event", ContentParts.Standard)
        {
            RoutePrefix = "events",
            Fields =
            [
                new(Fields.StartsAt, "Starts at", ContentFieldKind.DateTime) { Required = true },
                new(Fields.EndsAt, "Ends at", ContentFieldKind.DateTime),
                new(Fields.Place, "Place", ContentFieldKind.Text) { MaxLength = 200 },
                MunicipalitiesField,
            ],
        },
        new(Faq, "Question and answer", ContentParts.Title | ContentParts.Body | ContentParts.Route | ContentParts.Seo | ContentParts.Localization | ContentParts.PublishLater)
        {
            RoutePrefix = "faq",
        },
        new(Partner, "Partner", ContentParts.Title | ContentParts.Summary | ContentParts.Localization)
        {
            Listable = false,
            Description = "A donor or partner shown on the home page.",
            Fields =
            [
                new(Fields.Logo, "Logo", ContentFieldKind.Media),
                new(Fields.Link, "Website", ContentFieldKind.Url),
                new(Fields.Role, "Role", ContentFieldKind.Choice) { Options = ["donor", "implementer", "partner", "support"] },
            ],
        },
        new(Municipality, "Municipality", ContentParts.Title | ContentParts.Body | ContentParts.Route | ContentParts.Image | ContentParts.Seo | ContentParts.Localization)
        {
            RoutePrefix = "municipalities",
            Description = "One of the eleven beneficiary municipalities; its title is its name in the item's language.",
            Fields = [new(Fields.Code, "Code", ContentFieldKind.Choice) { Required = true, Options = MunicipalityCodes }],
        },
        new(ComponentPage, "Component page", ContentParts.Standard)
        {
            RoutePrefix = "components",
            Fields =
            [
                new(Fields.Number, "Component number", ContentFieldKind.Number) { Required = true },
                new(Fields.Target, "Target", ContentFieldKind.Number) { Hint = "Shown in the results counters on the home page." },
                new(Fields.TargetUnit, "Target: what is counted", ContentFieldKind.Text) { MaxLength = 120 },
                new(Fields.SecondTarget, "Second target", ContentFieldKind.Number),
                new(Fields.SecondTargetUnit, "Second target: what is counted", ContentFieldKind.Text) { MaxLength = 120 },
            ],
        },
    ];

    public IEnumerable<ContentTypeDefinition> GetContentTypes() => Types;
}
