using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Integra.Media.Services;

/// <summary>
/// The shape of media paths (<c>folder/sub-folder/file.ext</c>): lowercase letters, digits, hyphens and
/// underscores, so that a path is a safe file-system path and a clean URL on every platform.
/// </summary>
public static partial class MediaPaths
{
    public const int MaxPathLength = 400;
    public const int MaxSegmentLength = 100;
    public const int MaxFolderNameLength = 64;
    public const int MaxFolderDepth = 6;
    private const int MaxBaseNameLength = 80;

    public static bool IsValidFolderName(string name) => FolderName().IsMatch(name);

    /// <summary>The folder in its canonical form (<c>""</c> for the root), or null if it is not a valid folder path.</summary>
    public static string? NormalizeFolder(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return string.Empty;
        }

        var segments = folder.Trim().Trim('/').Split('/');
        return segments.Length <= MaxFolderDepth && segments.All(IsValidFolderName) ? string.Join('/', segments) : null;
    }

    /// <summary>Splits a file path into folder and file name; false for anything that is not a valid media path.</summary>
    public static bool TryParse(string? path, out string folder, out string fileName)
    {
        folder = fileName = string.Empty;
        if (string.IsNullOrEmpty(path) || path.Length > MaxPathLength)
        {
            return false;
        }

        var slash = path.LastIndexOf('/');
        var parsedFolder = NormalizeFolder(slash < 0 ? string.Empty : path[..slash]);
        var name = path[(slash + 1)..];
        if (parsedFolder is null || (slash >= 0 && parsedFolder.Length == 0) || !FileName().IsMatch(name))
        {
            return false;
        }

        folder = parsedFolder;
        fileName = name;
        return true;
    }

    public static string Combine(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>
    /// A file name made safe: diacritics dropped (ë → e, š → s), lowercase, anything else turned into hyphens,
    /// with the given extension.
    /// </summary>
    public static string SanitizeFileName(string uploadedName, string extension)
    {
        var name = uploadedName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }

        var plain = new StringBuilder();
        foreach (var c in name.Replace("đ", "dj", StringComparison.Ordinal).Replace("Đ", "Dj", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NotSlug().Replace(plain.ToString(), "-").Trim('-', '_');
        if (slug.Length > MaxBaseNameLength)
        {
            slug = slug[..MaxBaseNameLength].TrimEnd('-', '_');
        }

        return (slug.Length == 0 ? "file" : slug) + extension;
    }

    /// <summary>The n-th alternative name for a taken one: photo.jpg → photo-2.jpg.</summary>
    public static string WithSuffix(string fileName, int n)
    {
        var dot = fileName.LastIndexOf('.');
        return fileName[..dot] + "-" + n.ToString(CultureInfo.InvariantCulture) + fileName[dot..];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex FolderName();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,90}\.[a-z0-9]{2,5}$")]
    private static partial Regex FileName();

    [GeneratedRegex("[^a-z0-9_]+")]
    private static partial Regex NotSlug();
}
