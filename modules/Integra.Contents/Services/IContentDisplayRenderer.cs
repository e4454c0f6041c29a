using Integra.Contents.Models;
using Microsoft.AspNetCore.Mvc;

namespace Integra.Contents.Services;

/// <summary>
/// Renders an item the way the public sees it. The website module registers one, so that the editor's
/// preview of a draft goes through the very same display as the published page; without one the preview
/// is a plain page.
/// </summary>
public interface IContentDisplayRenderer
{
    /// <summary>The page for the item, or null when this renderer does not display its type.</summary>
    Task<IActionResult?> RenderAsync(ContentItem item, bool preview);
}
