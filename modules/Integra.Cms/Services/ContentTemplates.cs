using System.Globalization;
using Integra.Cms.Models;
using Integra.Contents.Models;
using Integra.Templates;

namespace Integra.Cms.Services;

/// <summary>
/// The article body of every item page (image, lead, body, the type's own fields) is the Liquid template
/// <c>Content.&lt;type&gt;</c>, which staff may edit in the admin; the Razor views keep the page around it.
/// </summary>
public sealed class ContentTemplates : ITemplateSource
{
    public const string Prefix = "Content.";

    private const string Image =
        """
        {% if image %}<img class="img-fluid rounded mb-3 item-image" src="{{ image.path | media_url: 1024 }}" srcset="{{ image.path | media_url: 320 }} 320w, {{ image.path | media_url: 640 }} 640w, {{ image.path | media_url: 1024 }} 1024w, {{ image.path | media_url: 1600 }} 1600w" sizes="(min-width: 992px) 66vw, 100vw" alt="{{ image.alt }}">{% endif %}

        """;

    private const string Lead =
        """
        {% if summary != blank %}<p class="lead">{{ summary }}</p>{% endif %}

        """;

    private const string Body =
        """
        <div class="content-body">{{ body | raw }}</div>

        """;

    private const string Eligibility =
        """
        {% if who_may_apply != blank %}<section aria-labelledby="eligibility-title" class="mt-4">
            <h2 id="eligibility-title" class="h4">{{ "Who may apply" | t }}</h2>
            <p class="eligibility">{{ who_may_apply }}</p>
        </section>{% endif %}

        """;

    private const string EventDetails =
        """
        {% if starts or place != blank %}<dl class="event-details">
            {% if starts %}<dt>{{ "Starts" | t }}</dt><dd><time datetime="{{ starts_iso }}">{{ starts | date_local: "f" }}</time></dd>{% endif %}
            {% if ends %}<dt>{{ "Ends" | t }}</dt><dd><time datetime="{{ ends_iso }}">{{ ends | date_local: "f" }}</time></dd>{% endif %}
            {% if place != blank %}<dt>{{ "Place" | t }}</dt><dd>{{ place }}</dd>{% endif %}
        </dl>{% endif %}

        """;

    private const string Targets =
        """
        {% if targets.size > 0 %}<section aria-labelledby="targets-title" class="mb-4">
            <h2 id="targets-title" class="h4">{{ "Targets" | t }}</h2>
            <ul class="list-inline targets">
                {% for target in targets %}<li class="list-inline-item me-4"><span class="fs-3 fw-bold">{{ target.value }}</span> {{ target.unit }}</li>{% endfor %}
            </ul>
        </section>{% endif %}

        """;

    private static readonly DateTime SampleTime = new(2026, 5, 14, 8, 0, 0, DateTimeKind.Utc);

    public static string NameOf(string contentType) => Prefix + contentType;

    /// <summary>Built once: the template library asks on every page that renders one.</summary>
    private static readonly IReadOnlyList<TemplateDefinition> Definitions =
    [
        Define(CmsContentTypes.NewsArticle, "The article of a news page: image, lead and text.", Image + Lead + Body),
        Define(CmsContentTypes.Page, "The article of a page: image, lead and text.", Image + Lead + Body),
        Define(CmsContentTypes.Call, "The article of a call for applications: image, lead, text and who may apply.", Image + Lead + Body + Eligibility),
        Define(CmsContentTypes.Event, "The article of an event: when and where, image, lead and text.", EventDetails + Image + Lead + Body),
        Define(CmsContentTypes.Faq, "The answer on a question page.", Lead + Body),
        Define(CmsContentTypes.ComponentPage, "The article of a component page: image, lead, targets and text.", Image + Lead + Targets + Body),
        Define(CmsContentTypes.Municipality, "The article of a municipality page: image and text.", Image + Body),
    ];

    public IEnumerable<TemplateDefinition> GetTemplates() => Definitions;

    /// <summary>What a content template reads: the item's parts and its type's fields, nothing else of the entity.</summary>
    public static Dictionary<string, object?> Model(ContentItem item)
    {
        var targets = new List<Dictionary<string, object?>>();
        foreach (var (value, unit) in new[] { (CmsContentTypes.Fields.Target, CmsContentTypes.Fields.TargetUnit), (CmsContentTypes.Fields.SecondTarget, CmsContentTypes.Fields.SecondTargetUnit) })
        {
            if (item.Number(value) is { } number)
            {
                targets.Add(new() { ["value"] = number.ToString("#,0.##", CultureInfo.GetCultureInfo(item.Culture)), ["unit"] = item.Text(unit) ?? string.Empty });
            }
        }

        var starts = item.UtcDateTime(CmsContentTypes.Fields.StartsAt);
        var ends = item.UtcDateTime(CmsContentTypes.Fields.EndsAt);
        return new()
        {
            ["title"] = item.DisplayText,
            ["summary"] = item.Summary ?? string.Empty,
            ["body"] = item.BodyHtml(),
            ["image"] = item.ImagePath() is { Length: > 0 } path ? new Dictionary<string, object?> { ["path"] = path, ["alt"] = item.ImageAlt() } : null,
            ["culture"] = item.Culture,
            ["published"] = item.PublishedUtc,
            ["who_may_apply"] = item.Text(CmsContentTypes.Fields.WhoMayApply) ?? string.Empty,
            ["starts"] = starts,
            ["starts_iso"] = starts is { } s ? LocalDisplay.Machine(s) : null,
            ["ends"] = ends,
            ["ends_iso"] = ends is { } e ? LocalDisplay.Machine(e) : null,
            ["place"] = item.Text(CmsContentTypes.Fields.Place) ?? string.Empty,
            ["targets"] = targets,
        };
    }

    private static TemplateDefinition Define(string type, string description, string source) =>
        new(NameOf(type), description, source.TrimEnd() + "\n", Sample(type));

    private static Dictionary<string, object?> Sample(string type) => new()
    {
        ["title"] = "Young returnees open a bakery in Malisheva",
        ["summary"] = "Three young people who came back to Kosovo last year started their business with an INTEGRA grant.",
        ["body"] = "<p>The bakery employs five people and sells to two schools.</p><p>“We wanted to build something here,” says one of the owners.</p>",
        ["image"] = new Dictionary<string, object?> { ["path"] = "news/bakery.jpg", ["alt"] = "Three young bakers in front of their shop" },
        ["culture"] = "en",
        ["published"] = SampleTime,
        ["who_may_apply"] = type == CmsContentTypes.Call ? "Returnees and young people aged 18 to 35 living in one of the 11 partner municipalities." : string.Empty,
        ["starts"] = type == CmsContentTypes.Event ? SampleTime : null,
        ["starts_iso"] = type == CmsContentTypes.Event ? LocalDisplay.Machine(SampleTime) : null,
        ["ends"] = type == CmsContentTypes.Event ? SampleTime.AddHours(3) : null,
        ["ends_iso"] = type == CmsContentTypes.Event ? LocalDisplay.Machine(SampleTime.AddHours(3)) : null,
        ["place"] = type == CmsContentTypes.Event ? "Municipal hall, Prizren" : string.Empty,
        ["targets"] = type == CmsContentTypes.ComponentPage
            ? new List<Dictionary<string, object?>> { new() { ["value"] = "300", ["unit"] = "people trained" }, new() { ["value"] = "60", ["unit"] = "businesses supported" } }
            : new List<Dictionary<string, object?>>(),
    };
}
