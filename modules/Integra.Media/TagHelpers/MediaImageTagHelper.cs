using Integra.Media.Services;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Integra.Media.TagHelpers;

/// <summary>
/// <c>&lt;img media-path="news/visit.jpg" sizes="(min-width: 992px) 50vw, 100vw" alt="…"&gt;</c> gets its
/// <c>src</c> and <c>srcset</c> from the media library. Add <c>@addTagHelper *, Integra.Media</c> to a view.
/// </summary>
[HtmlTargetElement("img", Attributes = PathAttribute)]
public sealed class MediaImageTagHelper(IMediaUrls urls) : TagHelper
{
    private const string PathAttribute = "media-path";

    [HtmlAttributeName(PathAttribute)]
    public string? Path { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            output.SuppressOutput();
            return;
        }

        output.Attributes.SetAttribute("src", urls.Url(Path, MediaUrls.Widths[2]));
        output.Attributes.SetAttribute("srcset", urls.SrcSet(Path));
        if (!output.Attributes.ContainsName("sizes"))
        {
            output.Attributes.SetAttribute("sizes", "100vw");
        }

        if (!output.Attributes.ContainsName("loading"))
        {
            output.Attributes.SetAttribute("loading", "lazy");
        }
    }
}
