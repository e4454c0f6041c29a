using Integra.Cms.Models;
using Integra.Contents.Models;
using Integra.StartUps.Services;

namespace Integra.StartUps.Models;

/// <summary>Component 2's success stories: a business the component helped, told with the written consent of the person shown.</summary>
public sealed class SuccessStories : IContentTypeProvider
{
    public const string Type = "SuccessStory";
    public const string RoutePrefix = "success-stories";

    /// <summary>How many of the latest stories component 2's public page lists.</summary>
    public const int OnComponentPage = 3;

    public static class Fields
    {
        public const string BusinessName = "businessName";
        public const string Municipality = "municipality";
        public const string Sector = "sector";
        public const string ConsentGiven = "consentGiven";
        public const string ConsentDate = "consentDate";
    }

    private static readonly IReadOnlyList<ContentTypeDefinition> Types =
    [
        new(Type, "Success story", ContentParts.Standard)
        {
            RoutePrefix = RoutePrefix,
            Description = "A business component 2 helped start; it cannot be published without the written consent of the person shown.",
            Fields =
            [
                new(Fields.BusinessName, "Beneficiary or business name", ContentFieldKind.Text) { Required = true, MaxLength = 200 },
                new(Fields.Municipality, "Municipality", ContentFieldKind.Choice) { Required = true, Options = CmsContentTypes.MunicipalityCodes, OptionLabels = CmsContentTypes.MunicipalityLabels },
                new(Fields.Sector, "Sector", ContentFieldKind.Choice) { Required = true, Options = [.. Sectors.Options.Select(o => o.Value)], OptionLabels = Sectors.Options.ToDictionary(o => o.Value, o => (IReadOnlyDictionary<string, string>)o.Label) },
                new(Fields.ConsentGiven, "The person shown gave written consent to publish this story", ContentFieldKind.Boolean)
                {
                    Hint = "Keep the signed consent form on file; the story cannot be published without it.",
                },
                new(Fields.ConsentDate, "Date of the written consent", ContentFieldKind.Date),
            ],
        },
    ];

    public IEnumerable<ContentTypeDefinition> GetContentTypes() => Types;
}
