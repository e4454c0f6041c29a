using Integra.Core.Localization;

namespace Integra.Contents.Models;

/// <summary>The parts every content type can opt into; each is an editor section and typed index columns.</summary>
[Flags]
public enum ContentParts
{
    None = 0,

    /// <summary>A title, which is also the item's display text.</summary>
    Title = 1,

    /// <summary>Rich text, sanitized on the server.</summary>
    Body = 2,

    /// <summary>A slug; the item answers at /{culture}/{route prefix}/{slug}.</summary>
    Route = 4,

    Summary = 8,

    /// <summary>A main image from the media library, with alt text.</summary>
    Image = 16,

    /// <summary>Meta title and description, OpenGraph.</summary>
    Seo = 32,

    /// <summary>Culture and translation set: the item has translations in the other cultures.</summary>
    Localization = 64,

    /// <summary>Publish and unpublish at a chosen time.</summary>
    PublishLater = 128,

    Standard = Title | Body | Route | Summary | Image | Seo | Localization | PublishLater,
}

public enum ContentFieldKind
{
    Text,
    LongText,
    Html,
    Number,
    Boolean,

    /// <summary>A date and time entered and shown in the site's time zone (Europe/Belgrade), stored in UTC.</summary>
    DateTime,
    Date,

    /// <summary>One of <see cref="ContentFieldDefinition.Options"/>.</summary>
    Choice,

    /// <summary>A media library path.</summary>
    Media,

    /// <summary>Several media library paths (e.g. guideline documents).</summary>
    MediaList,
    Url,

    /// <summary>Question and answer pairs.</summary>
    QuestionsAndAnswers,

    /// <summary>Any number of <see cref="ContentFieldDefinition.Options"/>, stored as a JSON array of strings.</summary>
    MultiChoice,
}

/// <summary>A field a content type adds beyond its parts. Values live in the item's JSON under <c>fields</c>.</summary>
public sealed record ContentFieldDefinition(string Name, string DisplayName, ContentFieldKind Kind)
{
    public bool Required { get; init; }
    public string? Hint { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>What editors read for each option, by culture (<c>sq</c>, <c>sr-Latn</c>, <c>en</c>); an option without one shows as itself.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> OptionLabels { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public int? MaxLength { get; init; }

    /// <summary>The option's label in <paramref name="culture"/>: Cyrillic Serbian from the Latin one, then English, then the option itself.</summary>
    public string OptionLabel(string option, string culture)
    {
        return OptionLabels.TryGetValue(option, out var labels)
            ? Cultures.TextFor(labels, culture) ?? labels.GetValueOrDefault(Cultures.English) ?? option
            : option;
    }
}

/// <summary>A content type declared in code by a module feature.</summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, ContentParts Parts)
{
    /// <summary>First URL segment after the culture, e.g. <c>news</c> in /sq/news/{slug}; empty for pages at the root.</summary>
    public string RoutePrefix { get; init; } = string.Empty;

    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];

    /// <summary>Shown in search results and the sitemap.</summary>
    public bool Listable { get; init; } = true;

    public string? Description { get; init; }

    public bool Has(ContentParts part) => (Parts & part) == part;
}

/// <summary>Implemented by module features that bring content types; contributed with <c>feature.Contribute&lt;IContentTypeProvider, T&gt;()</c>.</summary>
public interface IContentTypeProvider
{
    IEnumerable<ContentTypeDefinition> GetContentTypes();
}
