using System.Globalization;
using Integra.Core.Security;
using Integra.Media.Models;
using Integra.Media.Services;
using Integra.Media.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Integra.Media.Controllers;

/// <summary>The media library screen, its upload and folder forms, the delete confirmation and the picker.</summary>
[Area(MediaModule.Id)]
[Route("admin/media")]
[Permission(Permissions.ManageMedia)]
public sealed class AdminController(
    MediaLibrary library,
    MediaStorage storage,
    MediaUsages usages,
    IMediaUrls urls,
    IOptions<MediaOptions> options,
    IStringLocalizer<AdminController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? folder, CancellationToken cancellationToken) =>
        FolderOf(folder) is { } current ? View(await LibraryAsync(current, cancellationToken)) : NotFound();

    [HttpPost("upload")]
    [ServiceFilter(typeof(UploadLimitsFilter), Order = UploadLimitsFilter.Order)]
    public async Task<IActionResult> Upload([FromQuery] string? folder, IFormFile? file, [FromForm] Dictionary<string, string?> alt, CancellationToken cancellationToken)
    {
        if (FolderOf(folder) is not { } current)
        {
            return NotFound();
        }

        var result = await library.UploadAsync(current, file, alt, cancellationToken);
        if (result.File is null)
        {
            return View(nameof(Index), await LibraryAsync(current, cancellationToken, uploadProblems: result.Problems, alt: alt));
        }

        TempData["Notice"] = T["Uploaded “{0}”.", result.File.Path].Value;
        return Redirect(LibraryUrl(current));
    }

    [HttpPost("folders")]
    public async Task<IActionResult> CreateFolder([FromQuery] string? folder, [FromForm] string? name, CancellationToken cancellationToken)
    {
        if (FolderOf(folder) is not { } current)
        {
            return NotFound();
        }

        var problem = await library.CreateFolderAsync(current, name, cancellationToken);
        if (problem is not null)
        {
            return View(nameof(Index), await LibraryAsync(current, cancellationToken, folderProblem: problem, newFolderName: name));
        }

        var created = MediaPaths.Combine(current, name!.Trim().ToLowerInvariant());
        TempData["Notice"] = T["Created the folder “{0}”.", created].Value;
        return Redirect(LibraryUrl(created));
    }

    /// <summary>Asks before deleting, and lists where the file is used.</summary>
    [HttpGet("delete")]
    public async Task<IActionResult> Delete(string? path, CancellationToken cancellationToken) =>
        await library.FindAsync(path ?? string.Empty, cancellationToken) is { } file
            ? View(new DeleteViewModel(file, urls.Url(file.Path), await usages.FindAsync(file.Path, cancellationToken)))
            : NotFound();

    /// <summary>Deletes only when the form comes from the confirmation page; otherwise shows that page.</summary>
    [HttpPost("delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed([FromForm] string? path, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await library.FindAsync(path ?? string.Empty, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        if (!confirmed)
        {
            return View(nameof(Delete), new DeleteViewModel(file, urls.Url(file.Path), await usages.FindAsync(file.Path, cancellationToken)));
        }

        await library.DeleteAsync(file, cancellationToken);
        TempData["Notice"] = T["Deleted “{0}”.", file.Path].Value;
        return Redirect(LibraryUrl(file.Folder));
    }

    /// <summary>
    /// Opened from an editor (<c>&lt;a href="/admin/media/picker?target=ImagePath" data-media-picker&gt;</c>): choosing a
    /// file fills its path into the opener's input. Opened on its own, it shows each path to copy.
    /// </summary>
    [HttpGet("picker")]
    public async Task<IActionResult> Picker(string? folder, string? target, string? value, string? kind, CancellationToken cancellationToken)
    {
        if (FolderOf(folder) is not { } current)
        {
            return NotFound();
        }

        var model = await LibraryAsync(current, cancellationToken, target: target, fillUrl: value == "url", kind: kind is "image" or "document" ? kind : null);
        return View(model);
    }

    private string? FolderOf(string? folder) =>
        MediaPaths.NormalizeFolder(folder) is { } normalized && storage.FolderExists(normalized) ? normalized : null;

    private static string LibraryUrl(string folder) =>
        folder.Length == 0 ? "/admin/media" : "/admin/media?folder=" + Uri.EscapeDataString(folder);

    private async Task<LibraryViewModel> LibraryAsync(
        string folder,
        CancellationToken cancellationToken,
        IReadOnlyList<string>? uploadProblems = null,
        IReadOnlyDictionary<string, string?>? alt = null,
        string? folderProblem = null,
        string? newFolderName = null,
        string? target = null,
        bool fillUrl = false,
        string? kind = null)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var files = await library.FilesAsync(folder, cancellationToken);
        var breadcrumb = new List<FolderLink>();
        var path = string.Empty;
        foreach (var segment in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path = MediaPaths.Combine(path, segment);
            breadcrumb.Add(new FolderLink(segment, path));
        }

        return new LibraryViewModel
        {
            Folder = folder,
            Breadcrumb = breadcrumb,
            SubFolders = storage.SubFolders(folder).Select(name => new FolderLink(name, MediaPaths.Combine(folder, name))).ToList(),
            Items = files
                .Where(f => kind is null || (kind == "image") == f.IsImage)
                .Select(f => new MediaItem(
                    f,
                    urls.Url(f.Path),
                    f.IsImage ? urls.Url(f.Path, MediaUrls.Widths[0]) : null,
                    AltTexts.For(f.AltText, culture),
                    MediaTypes.All.FirstOrDefault(t => t.ContentType == f.ContentType)?.Name ?? f.ContentType))
                .ToList(),
            MaxImageMegabytes = options.Value.MaxImageBytes / MediaOptions.Megabyte,
            MaxDocumentMegabytes = options.Value.MaxDocumentBytes / MediaOptions.Megabyte,
            UploadProblems = uploadProblems ?? [],
            Alt = alt ?? new Dictionary<string, string?>(),
            FolderProblem = folderProblem,
            NewFolderName = newFolderName,
            Target = target,
            FillUrl = fillUrl,
            Kind = kind,
        };
    }
}
