using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Integra.StartUps.Models;
using Integra.StartUps.Services;
using Integra.StartUps.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Integra.StartUps.Controllers;

/// <summary>A published success story's public page; like every route of the module, 404 while the feature is off.</summary>
[Area(StartUpsModule.Id)]
public sealed class SuccessStoriesController(SiteContent site, ItemPages pages) : Controller
{
    [HttpGet("/{culture:culture}/" + SuccessStories.RoutePrefix + "/{slug}")]
    public async Task<IActionResult> Show(string culture, string slug, CancellationToken cancellationToken)
    {
        var story = await site.FindAsync(SuccessStories.Type, culture, slug, cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        var meta = await pages.ItemMetaAsync(story, "article", cancellationToken);
        ViewData["Title"] = meta.Title;
        ViewData[PageMeta.Key] = meta;
        ViewData[PageMeta.AlternatesKey] = meta.Alternates;
        var details = SuccessStoryText.Details(story, await site.MunicipalitiesAsync(story.Culture, cancellationToken), story.Culture);
        return View(new SuccessStoryViewModel(story, details));
    }
}
