using Integra.Media.Models;

namespace Integra.Media.ViewModels;

public sealed record FolderLink(string Name, string Folder);

public sealed record MediaItem(MediaFile File, string Url, string? ThumbnailUrl, string Alt, string TypeName);

/// <summary>The library screen and the picker: one folder's sub-folders and files.</summary>
public sealed class LibraryViewModel
{
    public required string Folder { get; init; }
    public required IReadOnlyList<FolderLink> Breadcrumb { get; init; }
    public required IReadOnlyList<FolderLink> SubFolders { get; init; }
    public required IReadOnlyList<MediaItem> Items { get; init; }
    public required long MaxImageMegabytes { get; init; }
    public required long MaxDocumentMegabytes { get; init; }
    public IReadOnlyList<string> UploadProblems { get; init; } = [];
    public IReadOnlyDictionary<string, string?> Alt { get; init; } = new Dictionary<string, string?>();
    public string? FolderProblem { get; init; }
    public string? NewFolderName { get; init; }

    /// <summary>Picker only: the id of the opener's input to fill, and whether it wants the path or the URL.</summary>
    public string? Target { get; init; }
    public bool FillUrl { get; init; }
    public string? Kind { get; init; }
}

public sealed record DeleteViewModel(MediaFile File, string Url, IReadOnlyList<MediaUsage> Usages);

public sealed record UploadTooLargeViewModel(string Folder, long MaxImageMegabytes, long MaxDocumentMegabytes);
