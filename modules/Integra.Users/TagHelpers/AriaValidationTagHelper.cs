using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Integra.Users.TagHelpers;

/// <summary>
/// Tells assistive technology which fields failed validation: the field gets <c>aria-invalid</c> (and Bootstrap's <c>is-invalid</c>) and points at
/// its message through <c>aria-describedby</c>; the message gets the id that the error summary links to.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("span", Attributes = ValidationForAttribute)]
public sealed class AriaValidationTagHelper(IHtmlGenerator generator) : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string ValidationForAttribute = "asp-validation-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName(ValidationForAttribute)]
    public ModelExpression? ValidationFor { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's tag helpers, which write the ids this one refers to.</summary>
    public override int Order => 100;

    public static string ErrorId(string fieldId) => fieldId + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expression = For ?? ValidationFor;
        if (expression is null)
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var fieldId = TagBuilder.CreateSanitizedId(name, generator.IdAttributeDotReplacement);
        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", ErrorId(fieldId));
            return;
        }

        if (ViewContext.ViewData.ModelState.GetFieldValidationState(name) != ModelValidationState.Invalid)
        {
            return;
        }

        output.AddClass("is-invalid", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : string.Empty;
        output.Attributes.SetAttribute("aria-describedby", describedBy + ErrorId(fieldId));
    }
}
