using Integra.Cms.Models;
using Integra.Cms.Services;
using Integra.Cms.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Integra.Cms.Controllers;

/// <summary>Every published question with its answer on one page, in the order of their titles.</summary>
public sealed class QuestionsController(SiteContent site, ItemPages pages, IStringLocalizer<QuestionsController> t) : SiteController(site, pages)
{
    [HttpGet("/{culture:culture}/faq")]
    [OutputCache(PolicyName = CmsOutputCache.Policy, Tags = [CmsOutputCache.TypeTagPrefix + CmsContentTypes.Faq])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var questions = (await Site.AllAsync(CmsContentTypes.Faq, Culture, cancellationToken))
            .OrderBy(q => q.DisplayText, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
        SetMeta(t["Questions and answers"], $"/{Culture}/faq", Site.AlternatesOfPath("/faq"));
        return View(new QuestionListViewModel(questions));
    }
}
