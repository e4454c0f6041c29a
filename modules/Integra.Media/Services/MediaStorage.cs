using Integra.Core.Hosting;

namespace Integra.Media.Services;

/// <summary>
/// Where media live on disk: <c>media/</c> under the app data folder (outside the web root, so nothing there is
/// served except through the media endpoint), resized copies in <c>media-cache/</c>, uploads being checked in
/// <c>media-tmp/</c>.
/// </summary>
public sealed class MediaStorage
{
    public MediaStorage(AppDataFolder appData)
    {
        Root = appData.Combine("media");
        CacheRoot = appData.Combine("media-cache");
        TempRoot = appData.Combine("media-tmp");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(CacheRoot);
        Directory.CreateDirectory(TempRoot);
    }

    public string Root { get; }

    public string CacheRoot { get; }

    public string TempRoot { get; }

    /// <summary>The file of a media path; the path must be one that <see cref="MediaPaths"/> accepts.</summary>
    public string FilePath(string path) => Inside(Root, path);

    public string FolderPath(string folder) => folder.Length == 0 ? Root : Inside(Root, folder);

    public string VariantPath(string path, int width) => Inside(CacheRoot, Path.Combine(width.ToString(System.Globalization.CultureInfo.InvariantCulture), path));

    public string NewTempFile() => Path.Combine(TempRoot, Guid.NewGuid().ToString("N") + ".upload");

    public bool FolderExists(string folder) => Directory.Exists(FolderPath(folder));

    public IReadOnlyList<string> SubFolders(string folder)
    {
        var directory = FolderPath(folder);
        return Directory.Exists(directory)
            ? Directory.GetDirectories(directory).Select(Path.GetFileName).OfType<string>().Where(MediaPaths.IsValidFolderName).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public void CreateFolder(string folder) => Directory.CreateDirectory(FolderPath(folder));

    /// <summary>Removes the file and every resized copy of it.</summary>
    public void Delete(string path)
    {
        foreach (var file in MediaUrls.Widths.Select(w => VariantPath(path, w)).Prepend(FilePath(path)).Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private static string Inside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        // MediaPaths already refuses "..", but the file system is the last word on where a path leads.
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new ArgumentException($"'{relative}' leads outside the media folder.", nameof(relative));
    }
}
